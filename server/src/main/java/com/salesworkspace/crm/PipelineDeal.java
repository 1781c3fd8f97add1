package com.salesworkspace.crm;

import com.salesworkspace.model.Deal;

/** A deal with what pipeline analysis needs around it: its customer, the account owner, and account facts. */
public record PipelineDeal(String customer, String owner, Deal deal, boolean accountHasEconomicBuyer,
    Long lastActivityMillis) {}
