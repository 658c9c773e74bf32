// cuda-cpu: runs CUDA C++ kernels on the CPU, for tests without a GPU. Included before a
// model's generated .cu (see harness.ts), it maps the CUDA keywords and built-ins the kernels
// use to C++: a block's threads run as cooperative fibers (ucontext), one block at a time, so
// `__syncthreads()` and the warp intrinsics suspend a thread until its block (or warp) has
// arrived; `__shared__` variables are function statics, shared by the fibers of the running
// block. Kernels that are not marked cooperative run their threads as plain calls, and a
// barrier there aborts with a message. `__launch_bounds__` is read from the source by the
// harness builder (harness.ts), which puts each kernel's bound in its table. cuda-cpu.cpp holds the scheduler and exports a small
// subset of the CUDA Driver API, so the runtime drives this library like libcuda.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline
#define __launch_bounds__(...)
#define __shared__ static

struct dim3 {
  unsigned x, y, z;
};

namespace ccpu {
extern dim3 thread_idx, block_idx, block_dim, grid_dim;
/** Suspends the running thread at a block barrier (`__syncthreads`). */
void block_barrier();
/** Exchanges one 32-bit word with the other live lanes of the warp; returns lane `from`'s (or own). */
unsigned warp_exchange(unsigned mine, unsigned from_lane);
/** Ballot over the warp's live lanes. */
unsigned warp_ballot(bool predicate);

/** Entry of a kernel taking one by-value argument struct: copies it out of the argument bytes. */
template <class Args>
void call(void (*kernel)(Args), const void* bytes) {
  Args args;
  std::memcpy(static_cast<void*>(&args), bytes, sizeof(Args));
  kernel(args);
}

struct Kernel {
  const char* name;
  void (*entry)(void (*)(), const void*);
  void (*function)();
  bool cooperative;
  /** Bytes of the argument struct (a captured launch keeps a copy). */
  unsigned long arg_bytes;
  /** Its `__launch_bounds__` (0: none): a launch with larger blocks fails, as on a GPU. */
  unsigned max_threads;
};

template <class Args>
void entry(void (*erased)(), const void* bytes) {
  call(reinterpret_cast<void (*)(Args)>(erased), bytes);
}

template <class Args>
Kernel kernel(const char* name, void (*f)(Args), bool cooperative, unsigned max_threads) {
  return Kernel{name, &entry<Args>, reinterpret_cast<void (*)()>(f), cooperative, sizeof(Args), max_threads};
}

/** Installed by the harness translation unit: the model's kernels. */
void install(const Kernel* kernels, unsigned count);
std::vector<std::string> kernel_names();
}  // namespace ccpu

#define threadIdx (::ccpu::thread_idx)
#define blockIdx (::ccpu::block_idx)
#define blockDim (::ccpu::block_dim)
#define gridDim (::ccpu::grid_dim)

inline void __syncthreads() { ::ccpu::block_barrier(); }

inline float __uint_as_float(unsigned u) {
  float f;
  std::memcpy(&f, &u, 4);
  return f;
}
inline unsigned __float_as_uint(float f) {
  unsigned u;
  std::memcpy(&u, &f, 4);
  return u;
}
inline int __popc(unsigned x) { return __builtin_popcount(x); }
inline unsigned min(unsigned a, unsigned b) { return a < b ? a : b; }
inline unsigned max(unsigned a, unsigned b) { return a > b ? a : b; }
// Blocks and their threads run one at a time on one OS thread, so an atomic add is a plain one.
inline unsigned atomicAdd(unsigned* address, unsigned value) {
  const unsigned old = *address;
  *address = old + value;
  return old;
}

// The kernels use full-warp masks only; the mask is checked, not interpreted.
inline unsigned __ballot_sync(unsigned mask, bool predicate) {
  if (mask != 0xffffffffu) __builtin_trap();
  return ::ccpu::warp_ballot(predicate);
}
inline float __shfl_down_sync(unsigned mask, float v, unsigned delta) {
  if (mask != 0xffffffffu) __builtin_trap();
  const unsigned lane = threadIdx.x % 32;
  return __uint_as_float(::ccpu::warp_exchange(__float_as_uint(v), lane + delta < 32 ? lane + delta : lane));
}
inline float __shfl_xor_sync(unsigned mask, float v, unsigned lane_mask) {
  if (mask != 0xffffffffu) __builtin_trap();
  const unsigned lane = threadIdx.x % 32;
  return __uint_as_float(::ccpu::warp_exchange(__float_as_uint(v), (lane ^ lane_mask) % 32));
}
