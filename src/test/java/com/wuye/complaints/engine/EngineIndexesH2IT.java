package com.wuye.complaints.engine;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/** The engine's indexes on the embedded default database, H2. */
// the web environment of the other integration tests, so all share one application context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineIndexesH2IT extends EngineIndexesScenario {}
