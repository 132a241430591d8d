package dev.srm.model;

/** A family of controls; its id is also the name of the rules folder that decides them. */
public record Family(String id, String title) {}
