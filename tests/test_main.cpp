// The Catch2 runner for every unit and integration test of press.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
