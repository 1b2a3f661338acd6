package com.wuye.complaints.lifecycle;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/** The rules on the embedded default database, H2. */
// the web environment of the other integration tests, so all share one application context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ComplaintRulesH2IT extends ComplaintRulesScenario {}
