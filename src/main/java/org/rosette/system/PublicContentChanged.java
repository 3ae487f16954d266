package org.rosette.system;

/**
 * Something anonymous visitors see has changed, and the change is committed (or happened
 * outside any transaction): whatever was kept of it for them must be worked out again.
 * Events that mean this implement it.
 */
public interface PublicContentChanged {

}
