package com.wuye.complaints.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code complaints.photos.*}: how large a photo and how many per complaint or repair order
 * (operations, not business rules; the values are in application.yml).
 *
 * @param maxSize the largest photo accepted (413 above it); at most 16 MB, the column's size on
 *     MySQL
 * @param maxPerRecord how many photos one complaint or repair order keeps at most (409 beyond)
 * @param maxRequestSize the largest upload request (the photo and its form fields); Spring's
 *     multipart limits are set to it, so a larger body is refused while it streams in
 */
@ConfigurationProperties("complaints.photos")
record PhotoLimits(DataSize maxSize, int maxPerRecord, DataSize maxRequestSize) {}
