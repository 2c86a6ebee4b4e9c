import type { TagBus, TagBusOptions } from "./tag-bus.d.mts";

export function createRedisTagBus(url: string, options: TagBusOptions): Promise<TagBus>;
