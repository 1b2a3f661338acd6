package com.wuye.complaints.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The platform's own statements, added to the engine's MyBatis once it is built. */
final class EngineMappings {

  private EngineMappings() {}

  /** Adds the mapping file at {@code resource} (a class-path path), once per session factory. */
  static void load(ProcessEngineConfigurationImpl configuration, String resource) {
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (mybatis.isResourceLoaded(resource)) {
      return; // a shared session factory, already given it
    }
    try (InputStream xml = EngineMappings.class.getClassLoader().getResourceAsStream(resource)) {
      new XMLMapperBuilder(xml, mybatis, resource, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
