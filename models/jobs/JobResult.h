#pragma once

// How a long job (an export, an import) ended, so that callers tell a cancel from a
// failure by type, never by its message.
enum class JobResult { Running, Done, Cancelled, Failed };
