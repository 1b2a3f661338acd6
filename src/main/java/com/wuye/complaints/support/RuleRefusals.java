package com.wuye.complaints.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A rule that refuses what a person asked (a visit by the handler, "unsatisfied" without a comment,
 * escalation without a reason, a bad intake) is an answer for that person, not a server failure.
 * The engine reports it wrapped ("ENGINE-… Exception while invoking TaskListener…") as an error
 * with a stack trace and, through its REST API, a 500. Here, every engine command that ends in such
 * a refusal leaves it for the request to answer with our own words (see the engine-surface guard
 * and the task API), and the engine's error lines for it are not written: the refusal is logged
 * once, at INFO, by whoever answers it.
 */
@Component
public class RuleRefusals extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<InvalidInputException> LAST = new ThreadLocal<>();

  /** The refusal the last engine command of this thread ended in, if any; forgets it. */
  public static Optional<InvalidInputException> take() {
    InvalidInputException refusal = LAST.get();
    LAST.remove();
    return Optional.ofNullable(refusal);
  }

  public static void forget() {
    LAST.remove();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addCommandInterceptor(
        configuration,
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            try {
              return next.execute(command);
            } catch (RuntimeException failed) {
              InvalidInputException.in(failed).ifPresent(LAST::set);
              throw failed;
            }
          }
        });
  }

  @PostConstruct
  void quietEngineErrorsForRefusals() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
      logback.addTurboFilter(
          new TurboFilter() {
            @Override
            public FilterReply decide(
                Marker marker,
                Logger logger,
                Level level,
                String format,
                Object[] params,
                Throwable thrown) {
              if (!level.isGreaterOrEqual(Level.WARN)
                  || !logger.getName().startsWith("org.camunda.bpm")) {
                return FilterReply.NEUTRAL;
              }
              // the engine passes the exception as a parameter; its REST API writes the stack trace
              // into the text
              boolean refusal =
                  InvalidInputException.in(thrown).isPresent()
                      || format != null && format.contains(InvalidInputException.MESSAGE_PREFIX);
              for (Object param : params == null ? new Object[0] : params) {
                refusal |=
                    param instanceof Throwable t && InvalidInputException.in(t).isPresent()
                        || param instanceof String text
                            && text.contains(InvalidInputException.MESSAGE_PREFIX);
              }
              return refusal ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
          });
    }
  }
}
