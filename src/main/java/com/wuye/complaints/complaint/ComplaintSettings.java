package com.wuye.complaints.complaint;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code complaints.*}: the company's time zone decides which day a complaint number belongs to. */
@ConfigurationProperties("complaints")
public record ComplaintSettings(@DefaultValue("Asia/Shanghai") ZoneId timeZone) {
}
