package org.skema.model;

/** A model invariant was broken by the input; readers add the file and place to the message. */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }
}
