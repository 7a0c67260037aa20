/** Reading and writing problems and solutions: format choice by file extension, user-facing input errors, atomic output. */
package org.skema.io;
