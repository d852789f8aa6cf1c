#pragma once

// How a record or one step of its history turned out. The table's status badges, the
// detail pane's timeline and (later) the histogram's stacks all colour by it.
enum class Outcome { None, Info, InProgress, Success, Warning, Failure };
