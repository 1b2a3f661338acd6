package com.wuye.complaints.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/** Decision rows read by code, on the embedded default database, H2. */
// the web environment of the other integration tests, so all share one application context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DecisionTablesH2IT extends DecisionTablesScenario {}
