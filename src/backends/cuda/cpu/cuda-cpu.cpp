// cuda-cpu runtime: the block scheduler (threads as ucontext fibers) and the subset of the CUDA
// Driver API that ranetc's runtime calls, with the same C signatures as libcuda, so the same
// TypeScript executor (through koffi) drives either. "Device" memory is host memory; launches
// run synchronously on the calling thread, blocks in order x, y, z.
#include <ucontext.h>

#include <cstdio>
#include <cstdlib>
#include <string>
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

struct Fiber {
  Context context;
  State state = State::ready;
};

/** A 1-D block of up to 1024 threads: the kernels only use threadIdx.x. */
struct Scheduler {
  Context main_context;
  std::vector<Fiber> fibers;
  std::vector<char> stacks;
  std::vector<unsigned> exchange;
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

void launch(const Kernel* k, dim3 grid, dim3 block, const void* args) {
  if (block.y != 1 || block.z != 1 || block.x == 0 || block.x > 1024) fail("blocks must be 1-D, 1..1024 threads");
  scheduler.kernel = k;
  scheduler.args = args;
  scheduler.cooperative = k->cooperative;
  scheduler.exchange.assign(block.x, 0);
  block_dim = block;
  grid_dim = grid;
  for (unsigned z = 0; z < grid.z; z++)
    for (unsigned y = 0; y < grid.y; y++)
      for (unsigned x = 0; x < grid.x; x++) {
        block_idx = dim3{x, y, z};
        run_block(block.x);
      }
  scheduler.kernel = nullptr;
}
}  // namespace
}  // namespace ccpu

// The Driver API subset, as declared in cuda.h (handles are opaque pointers, CUdeviceptr is
// a 64-bit integer). Error codes are CUDA's.
extern "C" {
typedef int CUresult;
typedef unsigned long long CUdeviceptr;
enum : CUresult {
  CUDA_SUCCESS = 0,
  CUDA_ERROR_INVALID_VALUE = 1,
  CUDA_ERROR_OUT_OF_MEMORY = 2,
  CUDA_ERROR_INVALID_DEVICE = 101,
  CUDA_ERROR_NOT_FOUND = 500,
};
static int module_token;
static int context_token;

/** A launch recorded by stream capture, with its own copy of the arguments. */
struct Recorded {
  const ccpu::Kernel* kernel;
  dim3 grid, block;
  std::vector<unsigned char> args;
};
/** Graphs and their executables are both lists of launches. */
typedef std::vector<Recorded> Graph;
static int stream_tokens;
static void* capturing = nullptr;
static Graph* capture = nullptr;

CUresult cuInit(unsigned) { return CUDA_SUCCESS; }
CUresult cuDriverGetVersion(int* version) {
  *version = 13000;
  return CUDA_SUCCESS;
}
CUresult cuDeviceGetCount(int* count) {
  *count = 1;
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
/** Compute capability 9.0 (attributes 75 and 76), so the runtime picks the sm_90 PTX. */
CUresult cuDeviceGetAttribute(int* value, int attribute, int) {
  if (attribute == 75) *value = 9;
  else if (attribute == 76) *value = 0;
  else return CUDA_ERROR_INVALID_VALUE;
  return CUDA_SUCCESS;
}
CUresult cuDevicePrimaryCtxRetain(void** context, int) {
  *context = &context_token;
  return CUDA_SUCCESS;
}
CUresult cuDevicePrimaryCtxRelease_v2(int) { return CUDA_SUCCESS; }
CUresult cuCtxSetCurrent(void*) { return CUDA_SUCCESS; }
CUresult cuCtxSynchronize() { return CUDA_SUCCESS; }
/** The kernels are compiled into this library: any image loads, and functions are found by name. */
CUresult cuModuleLoadData(void** module, const void* image) {
  if (image == nullptr) return CUDA_ERROR_INVALID_VALUE;
  *module = &module_token;
  return CUDA_SUCCESS;
}
CUresult cuModuleUnload(void*) { return CUDA_SUCCESS; }
CUresult cuModuleGetFunction(void** function, void*, const char* name) {
  const ccpu::Kernel* k = ccpu::find(name);
  if (k == nullptr) return CUDA_ERROR_NOT_FOUND;
  *function = const_cast<ccpu::Kernel*>(k);
  return CUDA_SUCCESS;
}
CUresult cuMemAlloc_v2(CUdeviceptr* pointer, size_t bytes) {
  void* p = std::aligned_alloc(256, (bytes + 255) / 256 * 256);
  if (p == nullptr) return CUDA_ERROR_OUT_OF_MEMORY;
  std::memset(p, 0xff, bytes);  // like uninitialized device memory: NaN-ish, never zeros by luck
  *pointer = reinterpret_cast<CUdeviceptr>(p);
  return CUDA_SUCCESS;
}
CUresult cuMemFree_v2(CUdeviceptr pointer) {
  std::free(reinterpret_cast<void*>(pointer));
  return CUDA_SUCCESS;
}
CUresult cuMemcpyHtoD_v2(CUdeviceptr dst, const void* src, size_t bytes) {
  std::memcpy(reinterpret_cast<void*>(dst), src, bytes);
  return CUDA_SUCCESS;
}
CUresult cuMemcpyDtoH_v2(void* dst, CUdeviceptr src, size_t bytes) {
  std::memcpy(dst, reinterpret_cast<const void*>(src), bytes);
  return CUDA_SUCCESS;
}
CUresult cuMemsetD32_v2(CUdeviceptr dst, unsigned value, size_t count) {
  unsigned* p = reinterpret_cast<unsigned*>(dst);
  for (size_t i = 0; i < count; i++) p[i] = value;
  return CUDA_SUCCESS;
}
/**
 * Runs the grid now (every stream is synchronous here), or records it when the stream is being
 * captured; `kernelParams[0]` points to the kernel's one argument struct.
 */
CUresult cuLaunchKernel(void* function, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,
                        unsigned bz, unsigned, void* stream, void** params, void** extra) {
  if (function == nullptr || params == nullptr || extra != nullptr) return CUDA_ERROR_INVALID_VALUE;
  const auto* k = static_cast<const ccpu::Kernel*>(function);
  if (stream != nullptr && stream == capturing) {
    const auto* bytes = static_cast<const unsigned char*>(params[0]);
    capture->push_back(Recorded{k, dim3{gx, gy, gz}, dim3{bx, by, bz}, {bytes, bytes + k->arg_bytes}});
    return CUDA_SUCCESS;
  }
  ccpu::launch(k, dim3{gx, gy, gz}, dim3{bx, by, bz}, params[0]);
  return CUDA_SUCCESS;
}
CUresult cuStreamCreate(void** stream, unsigned) {
  *stream = reinterpret_cast<char*>(&stream_tokens) + 1;  // any distinct non-null handle
  return CUDA_SUCCESS;
}
CUresult cuStreamDestroy_v2(void*) { return CUDA_SUCCESS; }
CUresult cuStreamSynchronize(void*) { return CUDA_SUCCESS; }
CUresult cuStreamBeginCapture_v2(void* stream, int) {
  if (stream == nullptr || capturing != nullptr) return CUDA_ERROR_INVALID_VALUE;
  capturing = stream;
  capture = new Graph();
  return CUDA_SUCCESS;
}
CUresult cuStreamEndCapture(void* stream, void** graph) {
  if (stream != capturing) return CUDA_ERROR_INVALID_VALUE;
  *graph = capture;
  capturing = nullptr;
  capture = nullptr;
  return CUDA_SUCCESS;
}
CUresult cuGraphInstantiateWithFlags(void** exec, void* graph, unsigned long long) {
  *exec = new Graph(*static_cast<Graph*>(graph));
  return CUDA_SUCCESS;
}
CUresult cuGraphLaunch(void* exec, void*) {
  for (const Recorded& r : *static_cast<Graph*>(exec)) ccpu::launch(r.kernel, r.grid, r.block, r.args.data());
  return CUDA_SUCCESS;
}
CUresult cuGraphDestroy(void* graph) {
  delete static_cast<Graph*>(graph);
  return CUDA_SUCCESS;
}
CUresult cuGraphExecDestroy(void* exec) {
  delete static_cast<Graph*>(exec);
  return CUDA_SUCCESS;
}
CUresult cuGetErrorString(CUresult error, const char** text) {
  static thread_local std::string message;
  message = "cuda-cpu error " + std::to_string(error);
  *text = message.c_str();
  return CUDA_SUCCESS;
}
}
