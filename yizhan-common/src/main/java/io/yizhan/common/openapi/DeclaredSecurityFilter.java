package io.yizhan.common.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ArrayList;

/**
 * Every operation of a service's OpenAPI document states its security: the generator writes a
 * requirement for the operations guarded by roles, and leaves the public ones (a wall QR's rating form,
 * a secret calendar link) without any — which a reader, a client generator or a linter cannot tell from
 * "forgotten". Those get {@code security: []}, "no token needed", stated. SecuritySuite checks that the
 * document and access-matrix.txt agree on which operations are public.
 */
public class DeclaredSecurityFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
        }));
    }
}
