// Integration tests: see tests/it/.
