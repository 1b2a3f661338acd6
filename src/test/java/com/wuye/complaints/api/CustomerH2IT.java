package com.wuye.complaints.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The customer register's renewal, recognition and data-rights scenario on the embedded default
 * database, H2.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CustomerH2IT extends CustomerScenario {}
