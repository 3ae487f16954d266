/**
 * Rosette watches over the Amur leopards of the Land of the Leopard National Park. Each
 * sub-package is one feature module, verified by Spring Modulith.
 */
@NullMarked
package org.rosette;

import org.jspecify.annotations.NullMarked;
