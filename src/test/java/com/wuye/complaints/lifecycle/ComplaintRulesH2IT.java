package com.wuye.complaints.lifecycle;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The rules on the embedded default database, H2. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintRulesH2IT extends ComplaintRulesScenario {}
