package com.wuye.complaints;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ComplaintPlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(ComplaintPlatformApplication.class, args);
  }
}
