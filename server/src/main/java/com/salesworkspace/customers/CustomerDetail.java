package com.salesworkspace.customers;

import com.salesworkspace.model.Contact;
import com.salesworkspace.model.CustomerProfile;
import com.salesworkspace.model.Deal;
import java.util.List;

/** One customer as read from its folder, with its most recent interactions from the index. */
public record CustomerDetail(
    String slug,
    CustomerProfile profile,
    List<Contact> contacts,
    List<Deal> deals,
    int interactionCount,
    String lastActivity,
    List<InteractionRef> recentInteractions) {}
