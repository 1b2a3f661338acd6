package com.wuye.complaints.support;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code complaints.*}: the company's time zone decides which day a complaint number belongs to.
 */
@ConfigurationProperties("complaints")
public record CompanySettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {}
