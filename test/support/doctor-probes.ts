// Fake doctor probes for unit tests: a healthy machine by default, each answer replaceable, every command recorded.
import { API_PORT } from "../../src/doctor/checks/ports.js";
import type { CommandOutput, DoctorProbes } from "../../src/doctor/index.js";

const GIB = 1024 ** 3;

export interface FakeProbes extends DoctorProbes {
  commands: string[];
}

export const healthyCommands: Record<string, CommandOutput | undefined> = {
  "npm --version": { exitCode: 0, output: "11.19.1\n" },
  "java -version": { exitCode: 0, output: 'openjdk version "17.0.13" 2024-10-15\n' },
  "mvn -B -v": { exitCode: 0, output: "Apache Maven 3.8.7\nMaven home: /usr/share/maven\n" },
  "python3 --version": { exitCode: 0, output: "Python 3.11.7\n" },
  "python3 -m pip --version": {
    exitCode: 0,
    output: "pip 23.2.1 from /usr/lib/python3/dist-packages/pip (python 3.11)\n",
  },
};

export function fakeProbes(overrides: Partial<DoctorProbes> = {}, commands = healthyCommands): FakeProbes {
  const calls: string[] = [];
  return {
    commands: calls,
    run: async (command, parameters) => {
      const line = [command, ...parameters].join(" ");
      calls.push(line);
      return commands[line];
    },
    node: () => ({ version: "v20.20.2", platform: "linux", architecture: "x64" }),
    freeDiskBytes: async () => 50 * GIB,
    memory: () => ({ totalBytes: 24 * GIB, availableBytes: 20 * GIB }),
    // The embedded server (running, below) listens on its port; the API port is free.
    portOpen: async (port) => port !== API_PORT,
    embeddedServer: () => ({ running: true, pid: 4242 }),
    database: async () => ({ reachable: true, missingApocFunctions: [] }),
    fileSha256: async () => undefined,
    folderEntries: async () => 3,
    packageVersion: (name) => (name.startsWith("@node-llama-cpp/") || name === "node-llama-cpp" ? "3.22.1" : undefined),
    ...overrides,
  };
}
