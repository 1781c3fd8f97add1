package com.salesworkspace.model;

import java.math.BigDecimal;

/** One of our own people, from workspace-setup/team.yaml. */
public record TeamMember(
    String id, String name, String email, String role, String manager, String slackId, BigDecimal quota) {}
