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
#define __align__(n) __attribute__((aligned(n)))
/** Tells a generated .cu that it is built for this harness: its tensor-core wrappers are the C++ below. */
#define RANETC_CUDA_CPU 1

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

/** Aborts the launch with `what`: a rule of the GPU that a kernel broke. */
[[noreturn]] void require_failed(const char* what);
float half_to_float(unsigned short h);
/** Rounds to the nearest binary16, ties to even (cvt.rn.f16.f32). */
unsigned short float_to_half(float f);

/**
 * cp.async, commit_group and wait_group as a GPU has them: a copy is queued by the issuing
 * thread, a commit closes its group, and the bytes land in shared memory only when a wait
 * leaves at most `pending` of the thread's groups in flight, so a kernel that reads a tile
 * before waiting for it reads what was there before. Sizes and alignments are checked; a
 * thread that exits with copies in flight fails the launch.
 */
void async_copy(void* shared, const void* global, unsigned bytes, unsigned src_bytes);
void async_commit();
void async_wait(unsigned pending);

enum class Mma { tf32, f16 };
/**
 * mma.sync over the calling warp: every lane deposits its fragments and waits until the whole
 * warp has; the first lane then computes the warp's 16 x 8 product once from the fragments as
 * the PTX layouts place them (TF32 inputs: only their upper 19 bits count, as on the tensor
 * cores), in f32, and each lane takes its part of the result.
 */
void warp_mma(Mma kind, float (&d)[4], const unsigned (&a)[4], const unsigned (&b)[2]);

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

// The tensor-core wrappers of the generated .cu (its prelude declares the GPU's, in inline PTX).
#define TC_REQUIRE(condition, what) ((condition) ? (void)0 : ::ccpu::require_failed(what))
/** cvt.rna.tf32.f32: to the nearest TF32 (10 mantissa bits), ties away from zero; the low 13 bits cleared. */
inline unsigned tc_to_tf32(float x) {
  const unsigned u = __float_as_uint(x);
  if ((u & 0x7f800000u) == 0x7f800000u) return u;  // infinities and NaNs as they are
  return (u + 0x1000u) & 0xffffe000u;
}
inline void tc_mma_tf32(float (&d)[4], const unsigned (&a)[4], const unsigned (&b)[2]) {
  ::ccpu::warp_mma(::ccpu::Mma::tf32, d, a, b);
}
inline void tc_mma_f16(float (&d)[4], const unsigned (&a)[4], const unsigned (&b)[2]) {
  ::ccpu::warp_mma(::ccpu::Mma::f16, d, a, b);
}
template <unsigned BYTES>
inline void tc_copy_async(void* shared, const void* global, unsigned src_bytes) {
  static_assert(BYTES == 4 || BYTES == 8 || BYTES == 16, "cp.async copies 4, 8 or 16 bytes");
  ::ccpu::async_copy(shared, global, BYTES, src_bytes);
}
inline void tc_commit() { ::ccpu::async_commit(); }
template <unsigned PENDING>
inline void tc_wait() {
  ::ccpu::async_wait(PENDING);
}
