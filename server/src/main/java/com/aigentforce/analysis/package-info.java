/**
 * Document analysis: entities (a name finder trained here plus patterns), language, sentiment, key phrases and an
 * extractive summary of a text, with in-process models that work offline. Everything lives in {@code internal}; the
 * module offers no API to other modules yet.
 */
package com.aigentforce.analysis;
