package com.wuye.complaints.process;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.Mockito;
import org.mockito.stubbing.Answer;

/**
 * Mockito mocks for the delegates and listeners a model names, registered under their bean names
 * with Camunda's {@link Mocks} (the process-test engine resolves expressions through them), so a
 * process test runs on the engine alone. A mock computes nothing: on each call it notes the
 * variables it was given ({@link #seen}) and sets only the variables the test queued for that call
 * ({@link #willSet}) — values from the test's data, never from a copy of the production logic. What
 * the real delegates compute is proved by their own unit tests and the integration scenarios.
 */
final class ProcessMocks {

  private final Map<String, Object> mocks = new HashMap<>();
  private final Map<String, List<Map<String, Object>>> seen = new HashMap<>();
  private final Map<String, Deque<Map<String, Object>>> queued = new HashMap<>();

  /** A mocked JavaDelegate for each name. */
  ProcessMocks delegates(String... names) {
    for (String name : names) {
      delegate(name);
    }
    return this;
  }

  /** A mocked TaskListener for each name. */
  ProcessMocks listeners(String... names) {
    for (String name : names) {
      listener(name);
    }
    return this;
  }

  JavaDelegate delegate(String name) {
    return (JavaDelegate) mocks.computeIfAbsent(name, n -> register(n, JavaDelegate.class));
  }

  TaskListener listener(String name) {
    return (TaskListener) mocks.computeIfAbsent(name, n -> register(n, TaskListener.class));
  }

  ExecutionListener executionListener(String name) {
    return (ExecutionListener)
        mocks.computeIfAbsent(name, n -> register(n, ExecutionListener.class));
  }

  /** The variables the named mock's next call sets (calls after the queue runs dry set nothing). */
  ProcessMocks willSet(String name, Map<String, ?> variables) {
    queued.computeIfAbsent(name, n -> new ArrayDeque<>()).add(new LinkedHashMap<>(variables));
    return this;
  }

  /** The variables each call of the named mock was given, in call order. */
  List<Map<String, Object>> seen(String name) {
    return seen.getOrDefault(name, List.of());
  }

  /** What the named mock does when not stubbed otherwise: note the variables, set the queued. */
  Answer<Object> notingAndSetting(String name) {
    return call -> {
      if (call.getArguments().length != 1
          || !(call.getArgument(0) instanceof VariableScope scope)) {
        return Mockito.RETURNS_DEFAULTS.answer(call); // toString and the like
      }
      seen.computeIfAbsent(name, n -> new ArrayList<>()).add(new HashMap<>(scope.getVariables()));
      Map<String, Object> variables = queued.getOrDefault(name, new ArrayDeque<>()).poll();
      if (variables != null) {
        scope.setVariables(variables);
      }
      return null;
    };
  }

  /** Some other real bean an expression calls (a production helper, not a stand-in). */
  ProcessMocks bean(String name, Object bean) {
    Mocks.register(name, bean);
    return this;
  }

  void reset() {
    Mocks.reset();
  }

  private <T> T register(String name, Class<T> type) {
    T mock = mock(type, withSettings().name(name).defaultAnswer(notingAndSetting(name)));
    Mocks.register(name, mock);
    return mock;
  }
}
