package com.wuye.complaints.lifecycle;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** R-SEV-IMPORTANT repeat proposals on the embedded default database, H2. */
@SpringBootTest
@ActiveProfiles("test")
class RepeatComplaintH2IT extends RepeatComplaintScenario {}
