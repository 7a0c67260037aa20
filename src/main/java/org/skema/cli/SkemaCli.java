package org.skema.cli;
public class SkemaCli { public static void main(String[] a) { System.out.println("hi"); } }
