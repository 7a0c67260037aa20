# Skema build. Finds a JDK 21+ by itself (bin/find-jdk) and uses Maven.
#   make run    build, then solve the bundled faculty dataset and write the results to out/
#   make test   build and run all tests
#   make build  the jar and bin/skema, no tests

JDK := $(shell bin/find-jdk 2>/dev/null)
MVN := JAVA_HOME="$(JDK)" mvn -B -q
TIME_LIMIT ?= 90s
OUT ?= out

.PHONY: build test run clean jdk

jdk:
	@bin/find-jdk >/dev/null

build: jdk
	$(MVN) package -DskipTests
	@echo "built target/skema.jar; run bin/skema --help"

test: jdk
	$(MVN) package

run: build
	@mkdir -p $(OUT)
	bin/skema solve datasets/faculty.json -o $(OUT)/faculty-solution.json --time-limit $(TIME_LIMIT) --force
	bin/skema check datasets/faculty.json $(OUT)/faculty-solution.json --summary
	@echo "outputs: $(OUT)/faculty-solution.json"

clean:
	rm -rf target $(OUT)
