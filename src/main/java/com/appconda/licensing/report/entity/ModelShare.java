package com.appconda.licensing.report.entity;

/** How many of a report's answers were given under one licensing model. */
public record ModelShare(String licensingModel, long validations) {}
