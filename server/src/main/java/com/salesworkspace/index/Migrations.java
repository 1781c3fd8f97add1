package com.salesworkspace.index;

import java.util.List;

/**
 * The index schema, one entry per version; {@code PRAGMA user_version} records how far a database has come.
 * Append new versions; never edit an applied one.
 */
final class Migrations {
  private Migrations() {}

  static final List<String> VERSIONS = List.of(
      // 1: files, the structured side of customer folders, and the workspace metadata.
      """
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE files (
        path TEXT PRIMARY KEY, customer TEXT, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL,
        problem_line INTEGER, problem TEXT);
      CREATE TABLE customers (
        slug TEXT PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL, industry TEXT, tier TEXT,
        lifecycle_stage TEXT, owner TEXT, csm TEXT, arr REAL, currency TEXT, health_score INTEGER,
        health_trend TEXT, health_updated TEXT, renewal_date TEXT, region TEXT, employees INTEGER,
        domains TEXT, competitors TEXT, slack_channels TEXT, crm TEXT, tags TEXT, profile_json TEXT NOT NULL);
      CREATE TABLE contacts (
        customer TEXT NOT NULL, path TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, email TEXT,
        title TEXT, role TEXT, sentiment TEXT, last_contacted TEXT, PRIMARY KEY (customer, position));
      CREATE INDEX contacts_email ON contacts(email);
      CREATE TABLE deals (
        customer TEXT NOT NULL, path TEXT NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,
        amount REAL, currency TEXT, stage TEXT NOT NULL, close_date TEXT, probability INTEGER,
        forecast_category TEXT, next_step TEXT, next_step_date TEXT, created TEXT, updated TEXT,
        competitors TEXT, deal_json TEXT NOT NULL, PRIMARY KEY (customer, position));
      CREATE INDEX deals_id ON deals(id);
      CREATE TABLE interactions (
        path TEXT PRIMARY KEY, id TEXT NOT NULL, customer TEXT NOT NULL, type TEXT NOT NULL, date TEXT NOT NULL,
        epoch_ms INTEGER NOT NULL, source TEXT NOT NULL, source_id TEXT, subject TEXT, from_addr TEXT,
        to_addrs TEXT, participants TEXT, direction TEXT, body_chars INTEGER NOT NULL);
      CREATE INDEX interactions_customer_date ON interactions(customer, epoch_ms);
      CREATE INDEX interactions_id ON interactions(id);
      CREATE INDEX interactions_source_id ON interactions(source, source_id);
      """,
      // 2: every table is cleared by the file its rows came from; without these, each file's update scanned them.
      """
      CREATE INDEX customers_path ON customers(path);
      CREATE INDEX contacts_path ON contacts(path);
      CREATE INDEX deals_path ON deals(path);
      """,
      // 3: trigger alerts. Not derived from customer folders, so a rebuild keeps them; reporting/pulse/ holds a copy.
      """
      CREATE TABLE alerts (
        id TEXT PRIMARY KEY, rule TEXT NOT NULL, customer TEXT NOT NULL, kind TEXT NOT NULL, fired_on TEXT NOT NULL,
        fired_at TEXT NOT NULL, rule_file TEXT, summary TEXT NOT NULL, data TEXT NOT NULL);
      CREATE INDEX alerts_rule_customer ON alerts(rule, customer, fired_on);
      CREATE INDEX alerts_customer ON alerts(customer, fired_on);
      CREATE INDEX alerts_fired_on ON alerts(fired_on);
      CREATE TABLE alert_evidence (
        alert_id TEXT NOT NULL, rule TEXT NOT NULL, customer TEXT NOT NULL, interaction_id TEXT NOT NULL,
        PRIMARY KEY (rule, customer, interaction_id, alert_id));
      """,
      // 4: the CRM views that crm_query reads (structured and SQL mode); documented in docs/crm.md.
      """
      CREATE VIEW crm_accounts AS SELECT slug AS id, name, industry, tier, lifecycle_stage, owner, csm, arr, currency,
        health_score, health_trend, renewal_date, region, employees, competitors,
        json_extract(crm, '$.salesforce_account_id') AS salesforce_id FROM customers;
      CREATE VIEW crm_opportunities AS SELECT d.id, d.customer, d.name, d.amount, d.currency, d.stage, d.close_date,
        d.probability, d.forecast_category, d.next_step, d.next_step_date, d.created, d.updated, d.competitors,
        c.owner, CASE WHEN d.stage LIKE 'closed%' THEN 1 ELSE 0 END AS is_closed,
        CASE WHEN d.stage = 'closed_won' THEN 1 ELSE 0 END AS is_won
        FROM deals d LEFT JOIN customers c ON c.slug = d.customer;
      CREATE VIEW crm_opportunity_history AS SELECT d.customer, d.id AS opportunity_id,
        json_extract(h.value, '$.date') AS date, json_extract(h.value, '$.stage') AS stage,
        json_extract(h.value, '$.close_date') AS close_date, json_extract(h.value, '$.amount') AS amount
        FROM deals d, json_each(d.deal_json, '$.history') h;
      CREATE VIEW crm_contacts AS SELECT customer, name, email, title, role, sentiment, last_contacted FROM contacts;
      CREATE VIEW crm_activities AS SELECT id, customer, type, substr(date, 1, 10) AS date, date AS date_time, source,
        source_id, subject, from_addr AS from_address, direction FROM interactions;
      CREATE VIEW crm_tasks AS SELECT id, customer, substr(date, 1, 10) AS date, subject, from_addr AS assigned_by,
        source, source_id FROM interactions WHERE type = 'task';
      """);
}
