// Runs tasks on a fixed set of resources (node-llama-cpp context sequences), each resource serving one task at a
// time and taking the next waiting task as soon as it is free, so several sequences are evaluated in one batch
// while no sequence is shared. Results keep the order of the tasks. After a failure no new task starts; the
// first error is thrown once the running tasks have settled (so no resource is still in use when it is thrown).
export async function runOnPool<Resource, Task, Result>(
  resources: readonly Resource[],
  tasks: readonly Task[],
  work: (task: Task, resource: Resource) => Promise<Result>,
): Promise<Result[]> {
  if (resources.length === 0 && tasks.length > 0) throw new Error("likelihood/resource-pool: no resource to run on");
  const results = new Array<Result>(tasks.length);
  const failures: unknown[] = [];
  let next = 0;
  const serve = async (resource: Resource): Promise<void> => {
    while (next < tasks.length && failures.length === 0) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(tasks[index] as Task, resource);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(resources.slice(0, tasks.length).map(serve));
  if (failures.length > 0) throw failures[0];
  return results;
}
