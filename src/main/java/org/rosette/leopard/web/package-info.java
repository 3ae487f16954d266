/**
 * Catalogue and profile pages, the leopards API and the admins' catalogue forms.
 */
@NullMarked
package org.rosette.leopard.web;

import org.jspecify.annotations.NullMarked;
