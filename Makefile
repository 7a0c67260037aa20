# Skema build. Finds a JDK 21+ by itself (bin/find-jdk) and uses Maven.
#   make run    build, solve the bundled faculty dataset and publish it in out/ (solution, CSV, calendars, report, workbook)
#   make test   build and run all tests
#   make build  the jar and bin/skema, no tests
#   make bench  the quick benchmark suite (make bench-full: every suite)
#   make bench-slurm SUITE=benchmarks/itc2019.suite.json [TASKS=8]   a suite as a Slurm array job

JDK := $(shell bin/find-jdk 2>/dev/null)
MVN := JAVA_HOME="$(JDK)" mvn -B -q
TIME_LIMIT ?= 90s
OUT ?= out

.PHONY: build test run bench bench-full bench-slurm clean jdk

jdk:
	@bin/find-jdk >/dev/null

build: jdk
	$(MVN) package -DskipTests
	@echo "built target/skema.jar; run bin/skema --help"

# ends with Surefire's totals (Maven itself is quiet): "Tests run: N, Failures: 0, Errors: 0, Skipped: S"
test: jdk
	@rm -rf target/surefire-reports
	$(MVN) package
	@bin/test-summary

run: build
	@mkdir -p $(OUT)
	bin/skema solve datasets/faculty.json -o $(OUT)/faculty-solution.json --publish $(OUT) --time-limit $(TIME_LIMIT) --force

# quick suite, under 15 minutes on 2 cores; results in benchmarks/runs/
bench: build
	bin/skema bench benchmarks/quick.suite.json

# every family at its full limits (hours)
bench-full: build
	bin/skema bench benchmarks/faculty.suite.json
	bin/skema bench benchmarks/itc2019.suite.json
	bin/skema bench benchmarks/itc2007.suite.json

# a suite as a Slurm array (one task per shard) and a merge job after it; see README "On a cluster"
TASKS ?= 4
bench-slurm: build
	@test -n "$(SUITE)" || { echo "usage: make bench-slurm SUITE=benchmarks/NAME.suite.json [TASKS=N]"; exit 2; }
	benchmarks/slurm/submit $(SUITE) $(TASKS)

clean:
	rm -rf target $(OUT)
