import type { TagBus, TagBusOptions } from "./tag-bus.d.mts";

export function createPostgresTagBus(connectionString: string, options: TagBusOptions): Promise<TagBus>;
