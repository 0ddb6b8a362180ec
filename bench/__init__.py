"""Benchmarks: `make bench` (all) or `make bench BENCH=1,3` (a subset). See bench/__main__.py."""
