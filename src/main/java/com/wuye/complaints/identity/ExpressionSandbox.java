package com.wuye.complaints.identity;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The second wall behind {@link EngineSurfaceGuard}: whatever expression the engine evaluates — a
 * model's, a stored filter's, or one that found another way in — cannot reach Java's reflection,
 * class loading or processes. The models call beans and variables ({@code ${deadlines.after(x)}});
 * no business expression needs {@code getClass()} or {@code Runtime}.
 */
@Component
class ExpressionSandbox extends AbstractProcessEnginePlugin {

  private static final Set<String> FORBIDDEN_METHODS =
      Set.of(
          "getClass",
          "forName",
          "getRuntime",
          "exec",
          "newInstance",
          "getMethod",
          "getMethods",
          "getDeclaredMethod",
          "getDeclaredMethods",
          "getDeclaredField",
          "getField",
          "getConstructor",
          "getDeclaredConstructor",
          "invoke",
          "loadClass",
          "getClassLoader",
          "setAccessible",
          "getenv");

  private final ApplicationContext context;

  ExpressionSandbox(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setExpressionManager(
        new SpringExpressionManager(context, configuration.getBeans()) {
          @Override
          protected ELResolver createElResolver() {
            CompositeELResolver resolvers = new CompositeELResolver();
            resolvers.add(new Guard());
            resolvers.add(super.createElResolver());
            return resolvers;
          }
        });
  }

  static boolean forbidden(Object base, Object name) {
    return base instanceof Class<?>
        || base instanceof ClassLoader
        || base instanceof Runtime
        || base instanceof ProcessBuilder
        || base instanceof Thread
        || (base != null && base.getClass().getName().startsWith("java.lang.reflect."))
        || (name != null
            && (FORBIDDEN_METHODS.contains(name.toString()) || "class".equals(name.toString())));
  }

  /** Refuses before any other resolver is asked; resolves nothing itself. */
  static final class Guard extends ELResolver {

    @Override
    public Object invoke(
        ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
      refuse(base, method);
      return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base != null) {
        refuse(base, property);
      }
      return null;
    }

    private static void refuse(Object base, Object name) {
      if (forbidden(base, name)) {
        throw new ELException("表达式不能使用 " + name + " / expressions may not use " + name);
      }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // resolves nothing
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return null;
    }
  }
}
