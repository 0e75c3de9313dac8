// Stage times: how long each stage of a build took, summed over locales, for `--timings`:
// wall time, and the CPU time of all threads, which shows how busy the cores were.
#pragma once

#include <chrono>
#include <ctime>
#include <ostream>
#include <string>
#include <vector>

namespace press::pipeline {

using Clock = std::chrono::steady_clock;

struct StageTimes {
  struct Stage {
    std::string name;
    double wall = 0;
    double cpu = 0;
  };
  std::vector<Stage> stages;
  Clock::time_point last = Clock::now();
  double last_cpu = cpu_seconds();
  static double cpu_seconds() {
    timespec now{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
  }
  void mark(const std::string& name) {
    const auto now = Clock::now();
    const double cpu = cpu_seconds();
    const double wall = std::chrono::duration<double>(now - last).count();
    const double used = cpu - last_cpu;
    last = now;
    last_cpu = cpu;
    for (auto& stage : stages) {
      if (stage.name == name) {
        stage.wall += wall;
        stage.cpu += used;
        return;
      }
    }
    stages.push_back({name, wall, used});
  }
  void print(std::ostream& out) const {
    for (const auto& stage : stages) out << "  " << stage.name << ": " << stage.wall << " s (cpu " << stage.cpu << " s)\n";
  }
};

}  // namespace press::pipeline
