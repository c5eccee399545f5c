#pragma once

// 128-bit integers for exact money arithmetic. GCC and Clang provide __int128; MSVC (19.32+)
// ships the same arithmetic as std::_Signed128 / std::_Unsigned128 in <__msvc_int128.hpp>.
#if defined(_MSC_VER) && !defined(__clang__)
#include <__msvc_int128.hpp>
#endif

namespace Candela::Core::Internal {

#if defined(_MSC_VER) && !defined(__clang__)
using Int128 = std::_Signed128;
using UInt128 = std::_Unsigned128;
#else
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;
#endif

} // namespace Candela::Core::Internal
