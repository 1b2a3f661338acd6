package com.wuye.complaints.lifecycle;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The lifecycle on the embedded default database, H2. */
@SpringBootTest
@ActiveProfiles("test")
class ComplaintLifecycleH2IT extends ComplaintLifecycleScenario {}
