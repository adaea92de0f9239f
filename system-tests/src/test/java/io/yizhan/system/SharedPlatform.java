package io.yizhan.system;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One stack for every IT class of the run: {@code ./platform up} takes minutes, so the API tests and
 * the browser tests share it. Started by the first class that asks for a {@link PlatformStack},
 * stopped ({@code ./platform down}) when JUnit closes its root store at the end of the run.
 */
final class SharedPlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedPlatform.class);

    private record Running(PlatformStack stack) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws Exception {
            stack.down();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PlatformStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NS).getOrComputeIfAbsent("stack", key -> {
            try {
                PlatformStack stack = new PlatformStack();
                stack.up();
                return new Running(stack);
            } catch (Exception e) {
                throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
            }
        }, Running.class).stack();
    }
}
