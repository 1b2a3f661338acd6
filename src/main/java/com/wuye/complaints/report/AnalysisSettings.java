package com.wuye.complaints.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.analysis.*}: when the monthly analysis runs (operations, not a business rule;
 * the value is in application.yml).
 *
 * @param monthlyCron Quartz cron expression, in the company's time zone, of the job that writes the
 *     previous month's reports (R-KPI-2); by default 02:00 on the first day of each month
 */
@ConfigurationProperties("complaints.analysis")
record AnalysisSettings(String monthlyCron) {}
