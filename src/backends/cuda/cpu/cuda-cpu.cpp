// cuda-cpu runtime: the block scheduler (threads as ucontext fibers) and the subset of the CUDA
// Driver API that ranetc's runtime calls, with the same C signatures as libcuda, so the same
// TypeScript executor (through koffi) drives either. "Device" memory is host memory; launches
// run synchronously on the calling thread. It is strict where a real driver is: blocks run in
// a shuffled order, launches past the device's limits or a kernel's __launch_bounds__ fail,
// only PTX (ISA the emulated driver reads) or a cubin for its architecture loads, and every
// call but the device queries needs the primary context current on the calling thread.
#include <ucontext.h>

#include <cstdio>
#include <chrono>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cuda-cpu.h"

namespace ccpu {
dim3 thread_idx, block_idx, block_dim, grid_dim;

namespace {
enum class State { ready, block_wait, warp_wait, done };

// Fiber switching. On x86-64 a minimal switch (the callee-saved registers) is ~50x cheaper
// than swapcontext, which makes a system call per switch to save the signal mask; elsewhere
// ucontext is used. The floating-point control state (MXCSR, x87 control word) is not
// switched: kernels never change it, so every fiber runs with the host thread's.
#if defined(__x86_64__)
extern "C" void ccpu_switch(void** save_sp, void* load_sp);
asm(R"(
  .text
  .globl ccpu_switch
  .type ccpu_switch, @function
ccpu_switch:
  pushq %rbp
  pushq %rbx
  pushq %r12
  pushq %r13
  pushq %r14
  pushq %r15
  movq %rsp, (%rdi)
  movq %rsi, %rsp
  popq %r15
  popq %r14
  popq %r13
  popq %r12
  popq %rbx
  popq %rbp
  ret
  .size ccpu_switch, .-ccpu_switch
  .section .note.GNU-stack,"",@progbits
)");

struct Context {
  void* sp = nullptr;
};
[[noreturn]] void fiber_main();
void prepare(Context& c, char* stack, size_t size) {
  auto top = reinterpret_cast<uintptr_t>(stack + size) & ~uintptr_t(15);
  auto* slots = reinterpret_cast<uint64_t*>(top);
  slots[-1] = 0;                                               // fiber_main's (unused) return address
  slots[-2] = reinterpret_cast<uint64_t>(&fiber_main);         // where ccpu_switch returns to
  for (int r = 3; r <= 8; r++) slots[-r] = 0;                  // rbp rbx r12 r13 r14 r15
  c.sp = &slots[-8];
}
void transfer(Context& from, Context& to) { ccpu_switch(&from.sp, to.sp); }
#else
struct Context {
  ucontext_t uc;
};
void fiber_main();
void prepare(Context& c, char* stack, size_t size) {
  getcontext(&c.uc);
  c.uc.uc_stack.ss_sp = stack;
  c.uc.uc_stack.ss_size = size;
  c.uc.uc_link = nullptr;
  makecontext(&c.uc, fiber_main, 0);
}
void transfer(Context& from, Context& to) { swapcontext(&from.uc, &to.uc); }
#endif

/** A cp.async in flight: where its bytes go, where they come from. */
struct Copy {
  void* shared;
  const void* global;
  unsigned bytes, src_bytes;
};

/** A lane's operands of a warp-wide mma.sync, and its result. */
struct MmaSlot {
  unsigned a[4], b[2];
  float c[4];
  unsigned calls = 0;
};

struct Fiber {
  Context context;
  State state = State::ready;
  /** Copies issued since the last commit, and the committed groups still in flight (oldest first). */
  std::vector<Copy> uncommitted;
  std::vector<std::vector<Copy>> groups;
  MmaSlot mma;
};

/** A 1-D block of up to 1024 threads: the kernels only use threadIdx.x. */
struct Scheduler {
  Context main_context;
  std::vector<Fiber> fibers;
  std::vector<char> stacks;
  std::vector<unsigned> exchange;
  /** Per warp: how many mma.sync its first lane has computed. */
  std::vector<unsigned> mma_done;
  unsigned current = 0;
  bool cooperative = false;
  const Kernel* kernel = nullptr;
  const void* args = nullptr;
};

Scheduler scheduler;
constexpr size_t STACK = 64 * 1024;
const Kernel* installed = nullptr;
unsigned installed_count = 0;

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "cuda-cpu: %s (kernel %s)\n", what, scheduler.kernel ? scheduler.kernel->name : "?");
  std::abort();
}

void suspend(State state) {
  if (!scheduler.cooperative) fail("a barrier or warp intrinsic in a kernel not marked cooperative");
  Fiber& f = scheduler.fibers[scheduler.current];
  f.state = state;
  transfer(f.context, scheduler.main_context);
}

/** A fiber's whole life: run the kernel for its thread, then hand control back for good. */
void fiber_main() {
  scheduler.kernel->entry(scheduler.kernel->function, scheduler.args);
  Fiber& f = scheduler.fibers[scheduler.current];
  if (!f.uncommitted.empty() || !f.groups.empty()) fail("a thread exited with cp.async copies never waited for");
  f.state = State::done;
  transfer(f.context, scheduler.main_context);
  fail("a finished fiber was resumed");
}

bool live(unsigned t) { return scheduler.fibers[t].state != State::done; }

/** Releases warps whose live lanes all wait at a warp intrinsic, else the block barrier; false: deadlock. */
bool release(unsigned threads) {
  bool released = false;
  for (unsigned w = 0; w * 32 < threads; w++) {
    const unsigned end = (w + 1) * 32 < threads ? (w + 1) * 32 : threads;
    bool all = true, any = false;
    for (unsigned t = w * 32; t < end; t++) {
      if (!live(t)) continue;
      any = true;
      all = all && scheduler.fibers[t].state == State::warp_wait;
    }
    if (any && all) {
      for (unsigned t = w * 32; t < end; t++)
        if (live(t)) scheduler.fibers[t].state = State::ready;
      released = true;
    }
  }
  if (released) return true;
  bool all = true;
  for (unsigned t = 0; t < threads; t++) all = all && (!live(t) || scheduler.fibers[t].state == State::block_wait);
  if (!all) return false;
  for (unsigned t = 0; t < threads; t++)
    if (live(t)) scheduler.fibers[t].state = State::ready;
  return true;
}

void run_block(unsigned threads) {
  if (!scheduler.cooperative) {
    for (unsigned t = 0; t < threads; t++) {
      thread_idx = dim3{t, 0, 0};
      scheduler.kernel->entry(scheduler.kernel->function, scheduler.args);
    }
    return;
  }
  scheduler.fibers.assign(threads, Fiber{});
  scheduler.mma_done.assign((threads + 31) / 32, 0);
  if (scheduler.stacks.size() < threads * STACK) scheduler.stacks.resize(threads * STACK);
  for (unsigned t = 0; t < threads; t++) prepare(scheduler.fibers[t].context, scheduler.stacks.data() + t * STACK, STACK);
  for (;;) {
    bool any = false;
    for (unsigned t = 0; t < threads; t++) {
      if (scheduler.fibers[t].state != State::ready) continue;
      any = true;
      scheduler.current = t;
      thread_idx = dim3{t, 0, 0};
      transfer(scheduler.main_context, scheduler.fibers[t].context);
    }
    bool done = true;
    for (unsigned t = 0; t < threads; t++) done = done && !live(t);
    if (done) return;
    if (!release(threads) && !any) fail("deadlock: threads wait at different barriers");
  }
}
}  // namespace

void block_barrier() { suspend(State::block_wait); }

unsigned warp_exchange(unsigned mine, unsigned from_lane) {
  const unsigned warp = scheduler.current / 32 * 32;
  scheduler.exchange[scheduler.current] = mine;
  suspend(State::warp_wait);
  const unsigned from = warp + from_lane;
  const unsigned value = from < scheduler.fibers.size() && live(from) ? scheduler.exchange[from] : mine;
  suspend(State::warp_wait);  // nobody overwrites its word before every lane has read
  return value;
}

unsigned warp_ballot(bool predicate) {
  const unsigned warp = scheduler.current / 32 * 32;
  scheduler.exchange[scheduler.current] = predicate ? 1 : 0;
  suspend(State::warp_wait);
  unsigned bits = 0;
  for (unsigned lane = 0; lane < 32 && warp + lane < scheduler.fibers.size(); lane++)
    if (live(warp + lane) && scheduler.exchange[warp + lane]) bits |= 1u << lane;
  suspend(State::warp_wait);
  return bits;
}

[[noreturn]] void require_failed(const char* what) { fail(what); }

float half_to_float(unsigned short h) {
  const unsigned sign = (h & 0x8000u) << 16, exponent = (h >> 10) & 0x1fu, mantissa = h & 0x3ffu;
  if (exponent == 0x1f) return __uint_as_float(sign | 0x7f800000u | (mantissa << 13));
  if (exponent == 0) {
    const float magnitude = std::ldexp(static_cast<float>(mantissa), -24);  // subnormal: exact
    return sign ? -magnitude : magnitude;
  }
  return __uint_as_float(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

unsigned short float_to_half(float f) {
  const unsigned u = __float_as_uint(f);
  const unsigned short sign = static_cast<unsigned short>((u >> 16) & 0x8000u);
  const unsigned magnitude = u & 0x7fffffffu;
  if (magnitude >= 0x7f800000u) return sign | (magnitude > 0x7f800000u ? 0x7e00u : 0x7c00u);
  if (magnitude >= 0x477ff000u) return sign | 0x7c00u;  // rounds past 65504: infinity
  if (magnitude < 0x38800000u) {
    // Subnormal or zero: a multiple of 2^-24, rounded to nearest even by the FPU.
    const float scaled = std::nearbyint(std::ldexp(__uint_as_float(magnitude), 24));
    return sign | static_cast<unsigned short>(scaled);
  }
  const unsigned rounded = magnitude + 0xfffu + ((magnitude >> 13) & 1u);  // nearest, ties to even
  return sign | static_cast<unsigned short>((rounded - 0x38000000u) >> 13);
}

namespace {
Fiber& async_fiber() {
  if (!scheduler.cooperative) fail("cp.async in a kernel not marked cooperative");
  return scheduler.fibers[scheduler.current];
}
}  // namespace

void async_copy(void* shared, const void* global, unsigned bytes, unsigned src_bytes) {
  if (bytes != 4 && bytes != 8 && bytes != 16) fail("cp.async copies 4, 8 or 16 bytes");
  if (src_bytes > bytes) fail("cp.async: src-size larger than the copy");
  if (reinterpret_cast<uintptr_t>(shared) % bytes != 0) fail("cp.async: shared address not aligned to the copy size");
  if (src_bytes > 0 && reinterpret_cast<uintptr_t>(global) % bytes != 0)
    fail("cp.async: global address not aligned to the copy size");
  async_fiber().uncommitted.push_back(Copy{shared, global, bytes, src_bytes});
}

void async_commit() {
  Fiber& f = async_fiber();
  f.groups.push_back(std::move(f.uncommitted));
  f.uncommitted.clear();
}

void async_wait(unsigned pending) {
  Fiber& f = async_fiber();
  while (f.groups.size() > pending) {
    for (const Copy& c : f.groups.front()) {
      std::memcpy(c.shared, c.global, c.src_bytes);
      std::memset(static_cast<char*>(c.shared) + c.src_bytes, 0, c.bytes - c.src_bytes);
    }
    f.groups.erase(f.groups.begin());
  }
}

void warp_mma(Mma kind, float (&d)[4], const unsigned (&a)[4], const unsigned (&b)[2]) {
  if (!scheduler.cooperative) fail("mma.sync in a kernel not marked cooperative");
  const unsigned me = scheduler.current, warp = me / 32, first = warp * 32;
  if (first + 32 > scheduler.fibers.size()) fail("mma.sync needs a whole warp of 32 threads");
  MmaSlot& mine = scheduler.fibers[me].mma;
  std::memcpy(mine.a, a, sizeof mine.a);
  std::memcpy(mine.b, b, sizeof mine.b);
  std::memcpy(mine.c, d, sizeof mine.c);
  const unsigned call = ++mine.calls;
  suspend(State::warp_wait);
  if (me == first) {
    for (unsigned lane = 0; lane < 32; lane++)
      if (!live(first + lane) || scheduler.fibers[first + lane].mma.calls != call)
        fail("mma.sync.aligned reached by only part of the warp");
    // The warp's operands, placed as the m16n8k8 (tf32) and m16n8k16 (f16) fragment layouts say.
    const unsigned K = kind == Mma::tf32 ? 8 : 16;
    float A[16][16], B[16][8], C[16][8];
    const auto tf32 = [](unsigned bits) { return __uint_as_float(bits & 0xffffe000u); };
    const auto lo = [](unsigned bits) { return half_to_float(static_cast<unsigned short>(bits & 0xffffu)); };
    const auto hi = [](unsigned bits) { return half_to_float(static_cast<unsigned short>(bits >> 16)); };
    for (unsigned lane = 0; lane < 32; lane++) {
      const MmaSlot& s = scheduler.fibers[first + lane].mma;
      const unsigned g = lane / 4, t = lane % 4;
      if (kind == Mma::tf32) {
        A[g][t] = tf32(s.a[0]);
        A[g + 8][t] = tf32(s.a[1]);
        A[g][t + 4] = tf32(s.a[2]);
        A[g + 8][t + 4] = tf32(s.a[3]);
        B[t][g] = tf32(s.b[0]);
        B[t + 4][g] = tf32(s.b[1]);
      } else {
        for (unsigned r = 0; r < 4; r++) {
          const unsigned row = g + (r % 2) * 8, col = 2 * t + (r / 2) * 8;
          A[row][col] = lo(s.a[r]);
          A[row][col + 1] = hi(s.a[r]);
        }
        for (unsigned r = 0; r < 2; r++) {
          B[2 * t + r * 8][g] = lo(s.b[r]);
          B[2 * t + r * 8 + 1][g] = hi(s.b[r]);
        }
      }
      C[g][2 * t] = s.c[0];
      C[g][2 * t + 1] = s.c[1];
      C[g + 8][2 * t] = s.c[2];
      C[g + 8][2 * t + 1] = s.c[3];
    }
    for (unsigned i = 0; i < 16; i++)
      for (unsigned j = 0; j < 8; j++) {
        float acc = C[i][j];
        for (unsigned k = 0; k < K; k++) acc = std::fma(A[i][k], B[k][j], acc);
        C[i][j] = acc;
      }
    for (unsigned lane = 0; lane < 32; lane++) {
      MmaSlot& s = scheduler.fibers[first + lane].mma;
      const unsigned g = lane / 4, t = lane % 4;
      s.c[0] = C[g][2 * t];
      s.c[1] = C[g][2 * t + 1];
      s.c[2] = C[g + 8][2 * t];
      s.c[3] = C[g + 8][2 * t + 1];
    }
    scheduler.mma_done[warp] = call;
  } else if (scheduler.mma_done[warp] != call) {
    fail("mma.sync: a lane resumed before its warp's product was computed");
  }
  std::memcpy(d, mine.c, sizeof mine.c);
}

std::vector<std::string> kernel_names() {
  std::vector<std::string> out;
  for (unsigned i = 0; i < installed_count; i++) out.push_back(installed[i].name);
  return out;
}

void install(const Kernel* kernels, unsigned count) {
  installed = kernels;
  installed_count = count;
}

namespace {
const Kernel* find(const char* name) {
  for (unsigned i = 0; i < installed_count; i++)
    if (std::strcmp(installed[i].name, name) == 0) return &installed[i];
  return nullptr;
}

/** xorshift64: the block order of each launch, different every launch. */
uint64_t order_state = 0x9e3779b97f4a7c15ull;
unsigned next_random(unsigned bound) {
  order_state ^= order_state << 13;
  order_state ^= order_state >> 7;
  order_state ^= order_state << 17;
  return static_cast<unsigned>(order_state % bound);
}

/** Runs every block once, in a random order: kernels must not depend on the order of blocks. */
void launch(const Kernel* k, dim3 grid, dim3 block, const void* args) {
  scheduler.kernel = k;
  scheduler.args = args;
  scheduler.cooperative = k->cooperative;
  scheduler.exchange.assign(block.x, 0);
  block_dim = block;
  grid_dim = grid;
  const unsigned long long count = 1ull * grid.x * grid.y * grid.z;
  if (count > (1ull << 32)) fail("grid too large for the CPU harness");
  std::vector<unsigned> order(count);
  for (unsigned i = 0; i < count; i++) order[i] = i;
  for (unsigned i = count; i > 1; i--) std::swap(order[i - 1], order[next_random(i)]);
  for (unsigned b : order) {
    block_idx = dim3{b % grid.x, b / grid.x % grid.y, b / grid.x / grid.y};
    run_block(block.x);
  }
  scheduler.kernel = nullptr;
}
}  // namespace
}  // namespace ccpu

// The Driver API subset, as declared in cuda.h (handles are opaque pointers, CUdeviceptr is
// a 64-bit integer). Error codes and the conditions that raise them are CUDA's.
extern "C" {
typedef int CUresult;
typedef unsigned long long CUdeviceptr;
enum : CUresult {
  CUDA_SUCCESS = 0,
  CUDA_ERROR_INVALID_VALUE = 1,
  CUDA_ERROR_OUT_OF_MEMORY = 2,
  CUDA_ERROR_INVALID_DEVICE = 101,
  CUDA_ERROR_INVALID_IMAGE = 200,
  CUDA_ERROR_INVALID_CONTEXT = 201,
  CUDA_ERROR_NO_BINARY_FOR_GPU = 209,
  CUDA_ERROR_INVALID_PTX = 218,
  CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222,
  CUDA_ERROR_INVALID_HANDLE = 400,
  CUDA_ERROR_NOT_FOUND = 500,
  CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES = 701,
  CUDA_ERROR_LAUNCH_FAILED = 719,
  CUDA_ERROR_NOT_SUPPORTED = 801,
  CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED = 900,
  CUDA_ERROR_STREAM_CAPTURE_INVALIDATED = 901,
};
}

namespace {
/** The emulated driver: CUDA 12.4 (reads PTX ISA up to 8.4), one device of compute capability 9.0. */
constexpr int DRIVER_VERSION = 12040;
constexpr int MAX_PTX_ISA = 84;
constexpr int DEVICE_ARCH = 90;

int context_token;
/** References to the primary context; at zero it is destroyed, and with it everything in it. */
int context_refs = 0;
thread_local void* current = nullptr;
/** A kernel fault: every later call fails until the context is destroyed (as on a GPU). */
CUresult sticky = CUDA_SUCCESS;

/** A loaded module: the entry points its image declares. */
struct Module {
  std::set<std::string> entries;
};
std::set<Module*> modules;
/** Live allocations: start -> bytes. */
std::map<uintptr_t, size_t> allocations;
std::set<void*> streams;
std::set<void*> events;

/** A launch recorded by stream capture, with its own copy of the arguments. */
struct Recorded {
  const ccpu::Kernel* kernel;
  dim3 grid, block;
  std::vector<unsigned char> args;
};
/** Graphs and their executables are both lists of launches. */
typedef std::vector<Recorded> Graph;
void* capturing = nullptr;
Graph* capture = nullptr;
bool capture_invalidated = false;

/** Calls that need a context: the primary one must exist and be current on this thread. */
CUresult in_context() {
  if (context_refs == 0 || current != &context_token) return CUDA_ERROR_INVALID_CONTEXT;
  return sticky;
}
#define NEED_CONTEXT()                      \
  do {                                      \
    if (CUresult e = in_context()) return e; \
  } while (0)

/** Destroys the primary context: frees what was left in it and clears a fault. */
void destroy_context() {
  for (auto& [start, bytes] : allocations) std::free(reinterpret_cast<void*>(start));
  allocations.clear();
  for (Module* m : modules) delete m;
  modules.clear();
  streams.clear();
  events.clear();
  sticky = CUDA_SUCCESS;
}

/** Whether [p, p + bytes) lies inside one live allocation. */
bool device_range(CUdeviceptr p, size_t bytes) {
  auto it = allocations.upper_bound(p);
  if (it == allocations.begin()) return false;
  --it;
  return p + bytes <= it->first + it->second;
}

bool stream_ok(void* stream) { return stream == nullptr || streams.count(stream) > 0; }

/** A synchronizing call on a stream under capture invalidates the capture (thread-local mode). */
CUresult not_capturing(void* stream) {
  if (capturing != nullptr && (stream == capturing || stream == nullptr)) {
    capture_invalidated = true;
    return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  }
  return CUDA_SUCCESS;
}

/** Writes `text` into the JIT error log option of cuModuleLoadDataEx, as the driver does. */
void jit_log(unsigned count, const int* options, void** values, const std::string& text) {
  char* buffer = nullptr;
  size_t size = 0;
  for (unsigned i = 0; i < count; i++) {
    if (options[i] == 5) buffer = static_cast<char*>(values[i]);
    if (options[i] == 6) size = reinterpret_cast<uintptr_t>(values[i]);
  }
  if (buffer != nullptr && size > 0) std::snprintf(buffer, size, "%s", text.c_str());
}

/** `.version 8.4` -> 84; -1 when absent. */
int directive(const std::string& text, const char* name, bool dotted) {
  const size_t at = text.find(name);
  if (at == std::string::npos) return -1;
  const char* p = text.c_str() + at + std::strlen(name);
  char* end = nullptr;
  const long major = std::strtol(p, &end, 10);
  if (end == p) return -1;
  if (!dotted) return static_cast<int>(major);
  if (*end != '.') return -1;
  return static_cast<int>(major * 10 + std::strtol(end + 1, nullptr, 10));
}

/**
 * Checks an image as the driver would: PTX (NUL-terminated text) whose ISA this driver reads
 * and whose target the device runs, or a cubin (CUDA ELF) for the device's architecture.
 * Collects the entry points it declares.
 */
CUresult load_image(const void* image, Module& module, std::string& log) {
  const auto* bytes = static_cast<const unsigned char*>(image);
  if (bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F') {
    uint16_t machine;
    uint32_t flags;
    std::memcpy(&machine, bytes + 18, 2);
    std::memcpy(&flags, bytes + 48, 4);
    if (machine != 190) return log = "not a CUDA ELF image", CUDA_ERROR_INVALID_IMAGE;
    // ELF ABI version 8 (CUDA 13) keeps the SM in bits 8..15 of e_flags, older ones in 0..7.
    const unsigned arch = bytes[8] >= 8 ? (flags >> 8) & 0xff : flags & 0xff;
    if (arch / 10 != DEVICE_ARCH / 10 || arch > DEVICE_ARCH)
      return log = "cubin for sm_" + std::to_string(arch) + ", device is sm_90", CUDA_ERROR_NO_BINARY_FOR_GPU;
    // Entry points are named in the section names as .text.<name>.
    uint64_t shoff;
    uint16_t shentsize, shnum;
    std::memcpy(&shoff, bytes + 40, 8);
    std::memcpy(&shentsize, bytes + 58, 2);
    std::memcpy(&shnum, bytes + 60, 2);
    const size_t size = shoff + size_t{shentsize} * shnum;
    for (const std::string& name : ccpu::kernel_names()) {
      const std::string section = ".text." + name + '\0';
      if (memmem(bytes, size, section.data(), section.size()) != nullptr) module.entries.insert(name);
    }
    return CUDA_SUCCESS;
  }
  const std::string ptx(static_cast<const char*>(image));
  const int version = directive(ptx, "\n.version ", true);
  const int target = directive(ptx, "\n.target sm_", false);
  if (version < 0 || target < 0) return log = "not PTX (no .version / .target) and not a cubin", CUDA_ERROR_INVALID_IMAGE;
  if (version > MAX_PTX_ISA)
    return log = "ptxas application ptx input, line 1; fatal   : Unsupported .version " + std::to_string(version / 10) +
                 "." + std::to_string(version % 10) + "; current version is '8.4'",
           CUDA_ERROR_UNSUPPORTED_PTX_VERSION;
  if (target > DEVICE_ARCH)
    return log = "ptxas fatal   : PTX for sm_" + std::to_string(target) + " cannot run on sm_90", CUDA_ERROR_INVALID_PTX;
  for (size_t at = ptx.find(".entry "); at != std::string::npos; at = ptx.find(".entry ", at + 1)) {
    const size_t begin = at + 7, end = ptx.find_first_of("( \n", begin);
    module.entries.insert(ptx.substr(begin, end - begin));
  }
  return CUDA_SUCCESS;
}

/** cuLaunchKernel's checks: the device's limits, then the kernel's __launch_bounds__. */
CUresult check_launch(const ccpu::Kernel* k, dim3 grid, dim3 block) {
  if (grid.x == 0 || grid.y == 0 || grid.z == 0 || grid.x > 0x7fffffffu || grid.y > 65535 || grid.z > 65535)
    return CUDA_ERROR_INVALID_VALUE;
  if (block.x == 0 || block.y == 0 || block.z == 0 || block.x > 1024 || block.y > 1024 || block.z > 64 ||
      1ull * block.x * block.y * block.z > 1024)
    return CUDA_ERROR_INVALID_VALUE;
  if (k->max_threads != 0 && block.x * block.y * block.z > k->max_threads) return CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES;
  // Threads run as fibers indexed by threadIdx.x only: the kernels use 1-D blocks.
  if (block.y != 1 || block.z != 1) return CUDA_ERROR_NOT_SUPPORTED;
  return CUDA_SUCCESS;
}
}  // namespace

extern "C" {
CUresult cuInit(unsigned) { return CUDA_SUCCESS; }
CUresult cuDriverGetVersion(int* version) {
  *version = DRIVER_VERSION;
  return CUDA_SUCCESS;
}
CUresult cuDeviceGet(int* device, int ordinal) {
  if (ordinal != 0) return CUDA_ERROR_INVALID_DEVICE;
  *device = 0;
  return CUDA_SUCCESS;
}
CUresult cuDeviceGetName(char* name, int length, int) {
  std::snprintf(name, length, "cuda-cpu (CPU harness, fibers)");
  return CUDA_SUCCESS;
}
/** Compute capability 9.0 (attributes 75 and 76). */
CUresult cuDeviceGetAttribute(int* value, int attribute, int) {
  if (attribute == 75) *value = DEVICE_ARCH / 10;
  else if (attribute == 76) *value = DEVICE_ARCH % 10;
  else return CUDA_ERROR_INVALID_VALUE;
  return CUDA_SUCCESS;
}
/** Retaining does not make the context current: cuCtxSetCurrent does, per thread. */
CUresult cuDevicePrimaryCtxRetain(void** context, int device) {
  if (device != 0) return CUDA_ERROR_INVALID_DEVICE;
  context_refs++;
  *context = &context_token;
  return CUDA_SUCCESS;
}
CUresult cuDevicePrimaryCtxRelease_v2(int device) {
  if (device != 0) return CUDA_ERROR_INVALID_DEVICE;
  if (context_refs == 0) return CUDA_ERROR_INVALID_CONTEXT;
  if (--context_refs == 0) destroy_context();
  return CUDA_SUCCESS;
}
CUresult cuCtxSetCurrent(void* context) {
  if (context != nullptr && context != &context_token) return CUDA_ERROR_INVALID_CONTEXT;
  current = context;
  return CUDA_SUCCESS;
}
CUresult cuModuleLoadDataEx(void** module, const void* image, unsigned count, int* options, void** values) {
  NEED_CONTEXT();
  if (image == nullptr || module == nullptr) return CUDA_ERROR_INVALID_VALUE;
  auto* m = new Module();
  std::string log;
  if (CUresult e = load_image(image, *m, log)) {
    delete m;
    jit_log(count, options, values, log);
    return e;
  }
  modules.insert(m);
  *module = m;
  return CUDA_SUCCESS;
}
CUresult cuModuleUnload(void* module) {
  NEED_CONTEXT();
  if (modules.erase(static_cast<Module*>(module)) == 0) return CUDA_ERROR_INVALID_HANDLE;
  delete static_cast<Module*>(module);
  return CUDA_SUCCESS;
}
/** A function the image declares, run by the kernel compiled into this library under that name. */
CUresult cuModuleGetFunction(void** function, void* module, const char* name) {
  NEED_CONTEXT();
  auto* m = static_cast<Module*>(module);
  if (modules.count(m) == 0) return CUDA_ERROR_INVALID_HANDLE;
  const ccpu::Kernel* k = ccpu::find(name);
  if (k == nullptr || m->entries.count(name) == 0) return CUDA_ERROR_NOT_FOUND;
  *function = const_cast<ccpu::Kernel*>(k);
  return CUDA_SUCCESS;
}
CUresult cuMemAlloc_v2(CUdeviceptr* pointer, size_t bytes) {
  NEED_CONTEXT();
  if (bytes == 0) return CUDA_ERROR_INVALID_VALUE;
  void* p = std::aligned_alloc(256, (bytes + 255) / 256 * 256);
  if (p == nullptr) return CUDA_ERROR_OUT_OF_MEMORY;
  std::memset(p, 0xff, bytes);  // like uninitialized device memory: NaN-ish, never zeros by luck
  *pointer = reinterpret_cast<CUdeviceptr>(p);
  allocations[*pointer] = bytes;
  return CUDA_SUCCESS;
}
CUresult cuMemFree_v2(CUdeviceptr pointer) {
  NEED_CONTEXT();
  if (allocations.erase(pointer) == 0) return CUDA_ERROR_INVALID_VALUE;
  std::free(reinterpret_cast<void*>(pointer));
  return CUDA_SUCCESS;
}
/** Copies run at once (every stream is synchronous here), within one allocation. */
CUresult cuMemcpyHtoDAsync_v2(CUdeviceptr dst, const void* src, size_t bytes, void* stream) {
  NEED_CONTEXT();
  if (!stream_ok(stream) || !device_range(dst, bytes)) return CUDA_ERROR_INVALID_VALUE;
  if (stream != nullptr && stream == capturing) return CUDA_ERROR_NOT_SUPPORTED;
  std::memcpy(reinterpret_cast<void*>(dst), src, bytes);
  return CUDA_SUCCESS;
}
CUresult cuMemcpyDtoHAsync_v2(void* dst, CUdeviceptr src, size_t bytes, void* stream) {
  NEED_CONTEXT();
  if (!stream_ok(stream) || !device_range(src, bytes)) return CUDA_ERROR_INVALID_VALUE;
  if (stream != nullptr && stream == capturing) return CUDA_ERROR_NOT_SUPPORTED;
  std::memcpy(dst, reinterpret_cast<const void*>(src), bytes);
  return CUDA_SUCCESS;
}
/**
 * Runs the grid now, or records it when the stream is being captured (a launch that fails its
 * checks invalidates the capture); `kernelParams[0]` points to the kernel's one argument struct.
 */
CUresult cuLaunchKernel(void* function, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                        unsigned bz, unsigned, void* stream, void** params, void** extra) {
  NEED_CONTEXT();
  const bool captured = stream != nullptr && stream == capturing;
  CUresult e = CUDA_SUCCESS;
  const auto* k = static_cast<const ccpu::Kernel*>(function);
  if (function == nullptr || params == nullptr || extra != nullptr || !stream_ok(stream)) e = CUDA_ERROR_INVALID_VALUE;
  else e = check_launch(k, dim3{gx, gy, gz}, dim3{bx, by, bz});
  if (e != CUDA_SUCCESS) {
    if (captured) capture_invalidated = true;
    return e;
  }
  if (captured) {
    const auto* bytes = static_cast<const unsigned char*>(params[0]);
    capture->push_back(Recorded{k, dim3{gx, gy, gz}, dim3{bx, by, bz}, {bytes, bytes + k->arg_bytes}});
    return CUDA_SUCCESS;
  }
  ccpu::launch(k, dim3{gx, gy, gz}, dim3{bx, by, bz}, params[0]);
  return CUDA_SUCCESS;
}
CUresult cuStreamCreate(void** stream, unsigned flags) {
  NEED_CONTEXT();
  if (flags > 1) return CUDA_ERROR_INVALID_VALUE;
  *stream = new char(static_cast<char>(flags));
  streams.insert(*stream);
  return CUDA_SUCCESS;
}
CUresult cuStreamDestroy_v2(void* stream) {
  NEED_CONTEXT();
  if (streams.erase(stream) == 0) return CUDA_ERROR_INVALID_HANDLE;
  delete static_cast<char*>(stream);
  return CUDA_SUCCESS;
}
CUresult cuStreamSynchronize(void* stream) {
  NEED_CONTEXT();
  if (!stream_ok(stream)) return CUDA_ERROR_INVALID_HANDLE;
  return not_capturing(stream);
}
CUresult cuStreamBeginCapture_v2(void* stream, int mode) {
  NEED_CONTEXT();
  if (stream == nullptr || !stream_ok(stream) || capturing != nullptr || mode < 0 || mode > 2)
    return CUDA_ERROR_INVALID_VALUE;
  capturing = stream;
  capture = new Graph();
  capture_invalidated = false;
  return CUDA_SUCCESS;
}
CUresult cuStreamEndCapture(void* stream, void** graph) {
  NEED_CONTEXT();
  if (stream != capturing || capturing == nullptr) return CUDA_ERROR_INVALID_VALUE;
  capturing = nullptr;
  if (capture_invalidated) {
    delete capture;
    capture = nullptr;
    return CUDA_ERROR_STREAM_CAPTURE_INVALIDATED;
  }
  *graph = capture;
  capture = nullptr;
  return CUDA_SUCCESS;
}
CUresult cuGraphInstantiateWithFlags(void** exec, void* graph, unsigned long long) {
  NEED_CONTEXT();
  *exec = new Graph(*static_cast<Graph*>(graph));
  return CUDA_SUCCESS;
}
CUresult cuGraphLaunch(void* exec, void* stream) {
  NEED_CONTEXT();
  if (!stream_ok(stream)) return CUDA_ERROR_INVALID_HANDLE;
  for (const Recorded& r : *static_cast<Graph*>(exec)) ccpu::launch(r.kernel, r.grid, r.block, r.args.data());
  return CUDA_SUCCESS;
}
CUresult cuGraphDestroy(void* graph) {
  NEED_CONTEXT();
  delete static_cast<Graph*>(graph);
  return CUDA_SUCCESS;
}
CUresult cuGraphExecDestroy(void* exec) {
  NEED_CONTEXT();
  delete static_cast<Graph*>(exec);
  return CUDA_SUCCESS;
}
/** Events hold the time they were recorded at (work is done by then: launches are synchronous). */
CUresult cuEventCreate(void** event, unsigned) {
  NEED_CONTEXT();
  *event = new std::chrono::steady_clock::time_point();
  events.insert(*event);
  return CUDA_SUCCESS;
}
CUresult cuEventRecord(void* event, void* stream) {
  NEED_CONTEXT();
  if (events.count(event) == 0 || !stream_ok(stream)) return CUDA_ERROR_INVALID_HANDLE;
  *static_cast<std::chrono::steady_clock::time_point*>(event) = std::chrono::steady_clock::now();
  return CUDA_SUCCESS;
}
CUresult cuEventSynchronize(void* event) {
  NEED_CONTEXT();
  return events.count(event) == 0 ? CUDA_ERROR_INVALID_HANDLE : CUDA_SUCCESS;
}
CUresult cuEventElapsedTime(float* ms, void* start, void* end) {
  NEED_CONTEXT();
  if (events.count(start) == 0 || events.count(end) == 0) return CUDA_ERROR_INVALID_HANDLE;
  using T = std::chrono::steady_clock::time_point;
  *ms = std::chrono::duration<float, std::milli>(*static_cast<T*>(end) - *static_cast<T*>(start)).count();
  return CUDA_SUCCESS;
}
CUresult cuEventDestroy_v2(void* event) {
  NEED_CONTEXT();
  if (events.erase(event) == 0) return CUDA_ERROR_INVALID_HANDLE;
  delete static_cast<std::chrono::steady_clock::time_point*>(event);
  return CUDA_SUCCESS;
}
CUresult cuGetErrorString(CUresult error, const char** text) {
  static thread_local std::string message;
  message = "cuda-cpu error " + std::to_string(error);
  *text = message.c_str();
  return CUDA_SUCCESS;
}

// For the harness's own tests (not in libcuda): emulate a kernel fault, and count what is live.
void ccpu_fault() { sticky = CUDA_ERROR_LAUNCH_FAILED; }
int ccpu_context_refs() { return context_refs; }
int ccpu_live_allocations() { return static_cast<int>(allocations.size()); }
}
