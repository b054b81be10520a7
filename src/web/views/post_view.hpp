#pragma once

#include <mstch/mstch.hpp>

#include "app/portfolio_snapshot.hpp"
#include "core/actor.hpp"
#include "core/finding.hpp"
#include "core/post.hpp"

namespace maillage::web::views {

// Everything the post page shows: its facts, its funding on the snapshot's date and every
// finding with its figures, its source and what would change it.
mstch::map post_view(const app::PortfolioSnapshot& snapshot, const core::Post& post,
                     const core::Actor& actor);

// {level, css, message, source, deadline, remedy} of one finding.
mstch::map finding_view(const core::Finding& finding);

}  // namespace maillage::web::views
