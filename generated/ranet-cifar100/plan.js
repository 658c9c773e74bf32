export const plan = {
    "format": "ranetc-plan/1",
    "target": "wgsl",
    "precision": "f32",
    "name": "ranet-cifar100",
    "classes": 100,
    "exits": 6,
    "maxBatch": 64,
    "input": {
        "channels": 3,
        "height": 32,
        "width": 32,
        "base": 3473408,
        "sampleStride": 3072
    },
    "normalize": {
        "mean": [
            0.5071,
            0.4865,
            0.4409
        ],
        "std": [
            0.2673,
            0.2564,
            0.2762
        ]
    },
    "exitFlops": [
        8372324,
        21788360,
        32878892,
        41570192,
        53283828,
        58990680
    ],
    "arenaElements": 12009472,
    "weights": {
        "elements": 2642840,
        "tensors": [
            {
                "name": "FirstLayer.layers.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 0,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.net.1.weight",
                        "bias": "FirstLayer.layers.0.net.1.bias",
                        "mean": "FirstLayer.layers.0.net.1.running_mean",
                        "variance": "FirstLayer.layers.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 432,
                "length": 16,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 448,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 16,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.1.net.1.weight",
                        "bias": "FirstLayer.layers.1.net.1.bias",
                        "mean": "FirstLayer.layers.1.net.1.running_mean",
                        "variance": "FirstLayer.layers.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 5056,
                "length": 32,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 5088,
                "length": 18432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 32,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.2.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.2.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.2.net.1.weight",
                        "bias": "FirstLayer.layers.2.net.1.bias",
                        "mean": "FirstLayer.layers.2.net.1.running_mean",
                        "variance": "FirstLayer.layers.2.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 23520,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 23584,
                "length": 4096,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 27680,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 27744,
                "length": 13824,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 64,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 41568,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 41592,
                "length": 7744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 88,
                    "inChannels": 88,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 49336,
                "length": 88,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 49424,
                "length": 19008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 88,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 68432,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 68456,
                "length": 129024,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 112,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.0.net.1.weight",
                        "bias": "classifier.0.m.0.net.1.bias",
                        "mean": "classifier.0.m.0.net.1.running_mean",
                        "variance": "classifier.0.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 197480,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 197608,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.0.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.0.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.0.m.1.net.1.weight",
                        "bias": "classifier.0.m.1.net.1.bias",
                        "mean": "classifier.0.m.1.net.1.running_mean",
                        "variance": "classifier.0.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 345064,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.weight",
                "source": {
                    "key": "classifier.0.linear.weight"
                },
                "offset": 345192,
                "length": 12800,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.bias",
                "source": {
                    "key": "classifier.0.linear.bias"
                },
                "offset": 357992,
                "length": 100,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358092,
                "length": 10752,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 368844,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 368940,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 389676,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 389700,
                "length": 13056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 402756,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 402852,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 423588,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 423612,
                "length": 15360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 160,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 438972,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 439068,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 459804,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 459828,
                "length": 17664,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 184,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 477492,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 477588,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 498324,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 498348,
                "length": 239616,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 208,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.0.net.1.weight",
                        "bias": "classifier.1.m.0.net.1.bias",
                        "mean": "classifier.1.m.0.net.1.running_mean",
                        "variance": "classifier.1.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 737964,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 738092,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.1.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.1.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.1.m.1.net.1.weight",
                        "bias": "classifier.1.m.1.net.1.bias",
                        "mean": "classifier.1.m.1.net.1.running_mean",
                        "variance": "classifier.1.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 885548,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.weight",
                "source": {
                    "key": "classifier.1.linear.weight"
                },
                "offset": 885676,
                "length": 12800,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.bias",
                "source": {
                    "key": "classifier.1.linear.bias"
                },
                "offset": 898476,
                "length": 100,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 898576,
                "length": 640,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 899216,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 899236,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 901180,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 901192,
                "length": 768,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 901960,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 901972,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 902404,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 902408,
                "length": 880,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 903288,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 903308,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 905252,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 905264,
                "length": 1056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 88,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 906320,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 906332,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 906764,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 906768,
                "length": 1792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 14,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.conv_last.net.1.weight",
                        "bias": "scale_flows.1.0.conv_last.net.1.bias",
                        "mean": "scale_flows.1.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 908560,
                "length": 14,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 908576,
                "length": 1400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 70,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 909976,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 909996,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 911940,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 911952,
                "length": 1344,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913296,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913308,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913740,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 913744,
                "length": 1640,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 82,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915384,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 915404,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917348,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 917360,
                "length": 1632,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 918992,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919004,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919436,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 919440,
                "length": 1880,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 94,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 921320,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 921340,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 923284,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 923296,
                "length": 1920,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 160,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 925216,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 925228,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 925660,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 925664,
                "length": 2120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 106,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 927784,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 927804,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 929748,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 929760,
                "length": 2208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 184,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 931968,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 931980,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.1.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 932412,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 932416,
                "length": 6656,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 29,
                    "inChannels": 208,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.conv_last.net.1.weight",
                        "bias": "scale_flows.1.1.conv_last.net.1.bias",
                        "mean": "scale_flows.1.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.1.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 939072,
                "length": 29,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 939104,
                "length": 11172,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 73,
                    "inChannels": 147,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.1.trans.net.1.weight",
                        "bias": "scale_flows.1.1.trans.net.1.bias",
                        "mean": "scale_flows.1.1.trans.net.1.running_mean",
                        "variance": "scale_flows.1.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 950276,
                "length": 73,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 950352,
                "length": 1752,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 73,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 952104,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 952128,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 954720,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 954732,
                "length": 2040,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 85,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 956772,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 956796,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 959388,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 959400,
                "length": 2328,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 97,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 961728,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 961752,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 964344,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 964356,
                "length": 2616,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 109,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 966972,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 966996,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 969588,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 969600,
                "length": 2904,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 121,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 972504,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 972528,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 975120,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 975132,
                "length": 3192,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 133,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.2.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.2.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.2.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.2.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 978324,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.2.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 978348,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.2.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.2.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.2.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.2.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.2.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 980940,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 980952,
                "length": 167040,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 145,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.0.net.1.weight",
                        "bias": "classifier.2.m.0.net.1.bias",
                        "mean": "classifier.2.m.0.net.1.running_mean",
                        "variance": "classifier.2.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1147992,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1148120,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.2.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.2.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.2.m.1.net.1.weight",
                        "bias": "classifier.2.m.1.net.1.bias",
                        "mean": "classifier.2.m.1.net.1.running_mean",
                        "variance": "classifier.2.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1295576,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.weight",
                "source": {
                    "key": "classifier.2.linear.weight"
                },
                "offset": 1295704,
                "length": 12800,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.bias",
                "source": {
                    "key": "classifier.2.linear.bias"
                },
                "offset": 1308504,
                "length": 100,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1308604,
                "length": 3480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 145,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1312084,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1312108,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1314700,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1314712,
                "length": 3768,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 157,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1318480,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1318504,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1321096,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1321108,
                "length": 4056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 169,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1325164,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1325188,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1327780,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1327792,
                "length": 4344,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 181,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1332136,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1332160,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1334752,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1334764,
                "length": 4632,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 193,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1339396,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1339420,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1342012,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1342024,
                "length": 4920,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 205,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1346944,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1346968,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1349560,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.6.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1349572,
                "length": 5208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 217,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.6.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1354780,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.6.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1354804,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.6.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1357396,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.7.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1357408,
                "length": 5496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 229,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.3.layers.7.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.3.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.3.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.3.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1362904,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.3.layers.7.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1362928,
                "length": 2592,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.3.layers.7.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.3.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.3.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.3.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.3.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1365520,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1365532,
                "length": 277632,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 241,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.0.net.1.weight",
                        "bias": "classifier.3.m.0.net.1.bias",
                        "mean": "classifier.3.m.0.net.1.running_mean",
                        "variance": "classifier.3.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1643164,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1643292,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.3.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.3.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.3.m.1.net.1.weight",
                        "bias": "classifier.3.m.1.net.1.bias",
                        "mean": "classifier.3.m.1.net.1.running_mean",
                        "variance": "classifier.3.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1790748,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.weight",
                "source": {
                    "key": "classifier.3.linear.weight"
                },
                "offset": 1790876,
                "length": 12800,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.bias",
                "source": {
                    "key": "classifier.3.linear.bias"
                },
                "offset": 1803676,
                "length": 100,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1803776,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1803904,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1803912,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804272,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804280,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804408,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804412,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804484,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804488,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 22,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804664,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1804672,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805032,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805040,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 44,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805216,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805220,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805292,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805296,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 7,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.conv_last.net.1.weight",
                        "bias": "scale_flows.2.0.conv_last.net.1.bias",
                        "mean": "scale_flows.2.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805744,
                "length": 7,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1805752,
                "length": 280,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 35,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806032,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806040,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806400,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806408,
                "length": 280,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 70,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806688,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806692,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806764,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1806768,
                "length": 328,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 41,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807096,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807104,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807464,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807472,
                "length": 328,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 82,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807800,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807804,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807876,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1807880,
                "length": 376,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 47,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1808256,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1808264,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1808624,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1808632,
                "length": 376,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 94,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809008,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809012,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809084,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809088,
                "length": 424,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 53,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809512,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809520,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809880,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1809888,
                "length": 424,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 106,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1810312,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1810316,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.1.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1810388,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1810392,
                "length": 1888,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 14,
                    "inChannels": 118,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.conv_last.net.1.weight",
                        "bias": "scale_flows.2.1.conv_last.net.1.bias",
                        "mean": "scale_flows.2.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1812280,
                "length": 14,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1812296,
                "length": 2628,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 36,
                    "inChannels": 73,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.1.trans.net.1.weight",
                        "bias": "scale_flows.2.1.trans.net.1.bias",
                        "mean": "scale_flows.2.1.trans.net.1.running_mean",
                        "variance": "scale_flows.2.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1814924,
                "length": 36,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1814960,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 36,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815248,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815256,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815616,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815624,
                "length": 292,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 73,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815916,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815920,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815992,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1815996,
                "length": 336,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 42,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1816332,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1816340,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1816700,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1816708,
                "length": 340,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 85,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817048,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817052,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817124,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817128,
                "length": 384,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 48,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817512,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817520,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817880,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1817888,
                "length": 388,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 97,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1818276,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1818280,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1818352,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1818356,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 54,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1818788,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1818796,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1819156,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1819164,
                "length": 436,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 109,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1819600,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1819604,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1819676,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1819680,
                "length": 480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 60,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1820160,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1820168,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1820528,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1820536,
                "length": 484,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 121,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821020,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821024,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.4.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.4.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.4.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.4.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.4.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821096,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821100,
                "length": 528,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 66,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821628,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821636,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1821996,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1822004,
                "length": 532,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 133,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.1.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_up.net.1.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1822536,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1822540,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.2.layers.5.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.layers.5.conv_up.net.4.weight",
                        "bias": "scale_flows.2.2.layers.5.conv_up.net.4.bias",
                        "mean": "scale_flows.2.2.layers.5.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.2.layers.5.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1822612,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1822616,
                "length": 2900,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 145,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.2.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.2.conv_last.net.1.weight",
                        "bias": "scale_flows.2.2.conv_last.net.1.bias",
                        "mean": "scale_flows.2.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1825516,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1825536,
                "length": 720,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 90,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1826256,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1826264,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1826624,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1826632,
                "length": 580,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 145,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1827212,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1827216,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1827288,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1827292,
                "length": 768,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 96,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1828060,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1828068,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1828428,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1828436,
                "length": 628,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 157,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1829064,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1829068,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1829140,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1829144,
                "length": 816,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 102,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1829960,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1829968,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1830328,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1830336,
                "length": 676,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 169,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1831012,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1831016,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1831088,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1831092,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 108,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1831956,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1831964,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1832324,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1832332,
                "length": 724,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 181,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1833056,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1833060,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1833132,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1833136,
                "length": 912,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 114,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1834048,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1834056,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1834416,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1834424,
                "length": 772,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 193,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1835196,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1835200,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.4.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.4.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.4.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.4.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.4.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1835272,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1835276,
                "length": 960,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 120,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1836236,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1836244,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1836604,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1836612,
                "length": 820,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 205,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1837432,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1837436,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.5.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.5.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.5.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.5.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.5.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1837508,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1837512,
                "length": 1008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 126,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1838520,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1838528,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1838888,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1838896,
                "length": 868,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 217,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1839764,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1839768,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.6.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.6.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.6.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.6.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.6.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1839840,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1839844,
                "length": 1056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 132,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1840900,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1840908,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1841268,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1841276,
                "length": 916,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 229,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.1.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_up.net.1.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1842192,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1842196,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.3.layers.7.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.layers.7.conv_up.net.4.weight",
                        "bias": "scale_flows.2.3.layers.7.conv_up.net.4.bias",
                        "mean": "scale_flows.2.3.layers.7.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.3.layers.7.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1842268,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1842272,
                "length": 8676,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 34,
                    "inChannels": 241,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.conv_last.net.1.weight",
                        "bias": "scale_flows.2.3.conv_last.net.1.bias",
                        "mean": "scale_flows.2.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.2.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1850948,
                "length": 34,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1850984,
                "length": 15136,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 86,
                    "inChannels": 172,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.3.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.3.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.3.trans.net.1.weight",
                        "bias": "scale_flows.2.3.trans.net.1.bias",
                        "mean": "scale_flows.2.3.trans.net.1.running_mean",
                        "variance": "scale_flows.2.3.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1866120,
                "length": 86,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1866208,
                "length": 688,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 86,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1866896,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1866904,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1867336,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1867344,
                "length": 736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 92,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1868080,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1868088,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1868520,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1868528,
                "length": 784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 98,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1869312,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1869320,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1869752,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1869760,
                "length": 832,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 104,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1870592,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1870600,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1871032,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1871040,
                "length": 880,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 110,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1871920,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1871928,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872360,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1872368,
                "length": 928,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 116,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873296,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873304,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873736,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.6.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1873744,
                "length": 976,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 122,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.6.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874720,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.6.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874728,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.6.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875160,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.7.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875168,
                "length": 1024,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 128,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.7.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1876192,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.7.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1876200,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.7.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1876632,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.8.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.8.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.8.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.8.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1876640,
                "length": 1072,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 134,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.8.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.8.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.8.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.8.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1877712,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.8.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.8.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.8.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.8.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1877720,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.8.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.8.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.8.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.8.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.8.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878152,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.9.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.9.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.9.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.9.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1878160,
                "length": 1120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 140,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.4.layers.9.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.4.layers.9.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.4.layers.9.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.4.layers.9.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879280,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.4.layers.9.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.9.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.9.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.9.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879288,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.4.layers.9.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.4.layers.9.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.4.layers.9.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.4.layers.9.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.4.layers.9.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879720,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1879728,
                "length": 168192,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 146,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.0.net.1.weight",
                        "bias": "classifier.4.m.0.net.1.bias",
                        "mean": "classifier.4.m.0.net.1.running_mean",
                        "variance": "classifier.4.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2047920,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2048048,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.4.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.4.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.4.m.1.net.1.weight",
                        "bias": "classifier.4.m.1.net.1.bias",
                        "mean": "classifier.4.m.1.net.1.running_mean",
                        "variance": "classifier.4.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2195504,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.weight",
                "source": {
                    "key": "classifier.4.linear.weight"
                },
                "offset": 2195632,
                "length": 12800,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.bias",
                "source": {
                    "key": "classifier.4.linear.bias"
                },
                "offset": 2208432,
                "length": 100,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2208532,
                "length": 1168,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 146,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2209700,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2209708,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2210140,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2210148,
                "length": 1216,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 152,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2211364,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2211372,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2211804,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2211812,
                "length": 1264,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 158,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2213076,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2213084,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2213516,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2213524,
                "length": 1312,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 164,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2214836,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2214844,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2215276,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2215284,
                "length": 1360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 170,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2216644,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2216652,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2217084,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2217092,
                "length": 1408,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 176,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2218500,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2218508,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2218940,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.6.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2218948,
                "length": 1456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 182,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.6.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2220404,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.6.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2220412,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.6.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2220844,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.7.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2220852,
                "length": 1504,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 188,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.7.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2222356,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.7.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2222364,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.7.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2222796,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.8.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.8.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.8.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.8.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2222804,
                "length": 1552,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 194,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.8.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.8.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.8.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.8.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2224356,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.8.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.8.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.8.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.8.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2224364,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.8.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.8.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.8.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.8.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.8.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2224796,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.9.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.9.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.9.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.9.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2224804,
                "length": 1600,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 200,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.9.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.9.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.9.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.9.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2226404,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.9.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.9.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.9.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.9.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2226412,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.9.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.9.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.9.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.9.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.9.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2226844,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.10.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.10.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.10.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.10.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2226852,
                "length": 1648,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 206,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.10.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.10.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.10.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.10.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2228500,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.10.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.10.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.10.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.10.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2228508,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.10.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.10.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.10.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.10.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.10.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2228940,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.11.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.11.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.11.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.11.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2228948,
                "length": 1696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 212,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.5.layers.11.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.5.layers.11.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.5.layers.11.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.5.layers.11.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2230644,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.5.layers.11.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.11.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.11.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.11.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2230652,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.5.layers.11.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.5.layers.11.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.5.layers.11.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.5.layers.11.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.5.layers.11.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2231084,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2231092,
                "length": 251136,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 218,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.0.net.1.weight",
                        "bias": "classifier.5.m.0.net.1.bias",
                        "mean": "classifier.5.m.0.net.1.running_mean",
                        "variance": "classifier.5.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2482228,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2482356,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.5.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.5.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.5.m.1.net.1.weight",
                        "bias": "classifier.5.m.1.net.1.bias",
                        "mean": "classifier.5.m.1.net.1.running_mean",
                        "variance": "classifier.5.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2629812,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.weight",
                "source": {
                    "key": "classifier.5.linear.weight"
                },
                "offset": 2629940,
                "length": 12800,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.bias",
                "source": {
                    "key": "classifier.5.linear.bias"
                },
                "offset": 2642740,
                "length": 100,
                "layout": "plain"
            }
        ]
    },
    "control": {
        "words": 205,
        "counts": 0,
        "ids": [
            7,
            71
        ],
        "source": 135,
        "thresholds": 199
    },
    "output": {
        "words": 39360,
        "final": 0,
        "perExit": 192,
        "logits": 960
    },
    "pipelines": [
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":32,\"ow\":32,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":8,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 8u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":8,\"ow\":8,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":8,\"ow\":8,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":8,\"ow\":8,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 8u;\nconst OW = 8u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":8,\"w\":8,\"oh\":4,\"ow\":4,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 8u;\nconst W = 8u;\nconst OH = 4u;\nconst OW = 4u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":4,\"w\":4,\"oh\":2,\"ow\":2,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":2,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 2\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 2 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 4u;\nconst W = 4u;\nconst OH = 2u;\nconst OW = 2u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 2u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 2>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":128,\"classes\":100,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 128u;\nconst CLASSES = 100u;\nvar<workgroup> feature: array<f32, 128>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit0",
            "code": "// exit 0\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 0: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 100u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 14>(28u, 32u, 64u, 24u, 6u, 24u, 6u, 24u, 6u, 24u, 6u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[0u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[199u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[960u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[192u + original * 2u] = cls;\n      results[192u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 0u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[1u] = kept;\n    for (var i = 0u; i < 14u; i++) {\n      args[(10u + i) * 3u] = NEXT_ARGS[i];\n      args[(10u + i) * 3u + 1u] = 1u;\n      args[(10u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":7168,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 7168 elements per sample written so far move.\nconst PER_SAMPLE = 7168u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":8192,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 8192 elements per sample written so far move.\nconst PER_SAMPLE = 8192u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":16384,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 16384 elements per sample written so far move.\nconst PER_SAMPLE = 16384u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit1",
            "code": "// exit 1\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 1: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 100u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 46>(52u, 32u, 64u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 4u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 27u, 8u, 19u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[1u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[200u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[7360u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[320u + original * 2u] = cls;\n      results[320u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 1u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[7u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[2u] = kept;\n    for (var i = 0u; i < 46u; i++) {\n      args[(24u + i) * 3u] = NEXT_ARGS[i];\n      args[(24u + i) * 3u + 1u] = 1u;\n      args[(24u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":13312,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 13312 elements per sample written so far move.\nconst PER_SAMPLE = 13312u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":16,\"ow\":16,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":16,\"w\":16,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 16u;\nconst W = 16u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":8,\"w\":8,\"oh\":16,\"ow\":16,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":8,\"iw\":8,\"ch\":8,\"cw\":8,\"scaleY\":\"0.46666666865348816\",\"scaleX\":\"0.46666666865348816\",\"coarsePixels\":64,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 8x8 convolution output into workgroup\n// memory, then writes its 16x16 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 8u;\nconst IW = 8u;\nconst H = 8u;\nconst W = 8u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.46666666865348816;\nconst SCALE_X = 0.46666666865348816;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":8,\"w\":8,\"oh\":16,\"ow\":16,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":8,\"iw\":8,\"ch\":8,\"cw\":8,\"scaleY\":\"0.46666666865348816\",\"scaleX\":\"0.46666666865348816\",\"coarsePixels\":64,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 8x8 convolution output into workgroup\n// memory, then writes its 16x16 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 8u;\nconst IW = 8u;\nconst H = 8u;\nconst W = 8u;\nconst OH = 16u;\nconst OW = 16u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.46666666865348816;\nconst SCALE_X = 0.46666666865348816;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":16,\"w\":16,\"oh\":8,\"ow\":8,\"scaleY\":\"2.142857074737549\",\"scaleX\":\"2.142857074737549\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 16u;\nconst W = 16u;\nconst OH = 8u;\nconst OW = 8u;\nconst SCALE_Y = 2.142857074737549;\nconst SCALE_X = 2.142857074737549;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit2",
            "code": "// exit 2\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 2: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 100u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 23>(106u, 37u, 37u, 64u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[2u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[201u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[13760u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[448u + original * 2u] = cls;\n      results[448u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 2u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[3u] = kept;\n    for (var i = 0u; i < 23u; i++) {\n      args[(70u + i) * 3u] = NEXT_ARGS[i];\n      args[(70u + i) * 3u + 1u] = 1u;\n      args[(70u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":27136,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 27136 elements per sample written so far move.\nconst PER_SAMPLE = 27136u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":9408,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 9408 elements per sample written so far move.\nconst PER_SAMPLE = 9408u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":9280,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 9280 elements per sample written so far move.\nconst PER_SAMPLE = 9280u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit3",
            "code": "// exit 3\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 3: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 100u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 115>(106u, 37u, 61u, 64u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 2u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 2u, 1u, 1u, 53u, 4u, 9u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 5u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 33u, 9u, 22u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[3u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[202u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[20160u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[576u + original * 2u] = cls;\n      results[576u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 3u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[7u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[4u] = kept;\n    for (var i = 0u; i < 115u; i++) {\n      args[(93u + i) * 3u] = NEXT_ARGS[i];\n      args[(93u + i) * 3u + 1u] = 1u;\n      args[(93u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":15424,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 15424 elements per sample written so far move.\nconst PER_SAMPLE = 15424u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":32,\"w\":32,\"oh\":32,\"ow\":32,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":8,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 32u;\nconst W = 32u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 8u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":16,\"w\":16,\"oh\":32,\"ow\":32,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":16,\"iw\":16,\"ch\":16,\"cw\":16,\"scaleY\":\"0.4838709533214569\",\"scaleX\":\"0.4838709533214569\",\"coarsePixels\":256,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 16x16 convolution output into workgroup\n// memory, then writes its 32x32 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 16u;\nconst IW = 16u;\nconst H = 16u;\nconst W = 16u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.4838709533214569;\nconst SCALE_X = 0.4838709533214569;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 256>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":16,\"w\":16,\"oh\":32,\"ow\":32,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":16,\"iw\":16,\"ch\":16,\"cw\":16,\"scaleY\":\"0.4838709533214569\",\"scaleX\":\"0.4838709533214569\",\"coarsePixels\":256,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 16x16 convolution output into workgroup\n// memory, then writes its 32x32 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 16u;\nconst IW = 16u;\nconst H = 16u;\nconst W = 16u;\nconst OH = 32u;\nconst OW = 32u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.4838709533214569;\nconst SCALE_X = 0.4838709533214569;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 256>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":32,\"w\":32,\"oh\":16,\"ow\":16,\"scaleY\":\"2.066666603088379\",\"scaleX\":\"2.066666603088379\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 32u;\nconst W = 32u;\nconst OH = 16u;\nconst OW = 16u;\nconst SCALE_Y = 2.066666603088379;\nconst SCALE_X = 2.066666603088379;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit4",
            "code": "// exit 4\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 4: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 100u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 28>(37u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[4u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[203u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[7u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[26560u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[704u + original * 2u] = cls;\n      results[704u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 4u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[71u + to] = original;\n      ctl[135u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[5u] = kept;\n    for (var i = 0u; i < 28u; i++) {\n      args[(208u + i) * 3u] = NEXT_ARGS[i];\n      args[(208u + i) * 3u + 1u] = 1u;\n      args[(208u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":9344,\"source\":135}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 9344 elements per sample written so far move.\nconst PER_SAMPLE = 9344u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[135u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit5",
            "code": "// exit 5\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 5: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. The last\n// exit takes every sample.\nconst CLASSES = 100u;\nconst MAX_BATCH = 64u;\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[5u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[204u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[71u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[32960u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[832u + original * 2u] = cls;\n      results[832u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (true) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 5u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n  }\n}\n",
            "bindings": "exit"
        }
    ],
    "stages": [
        {
            "exit": 0,
            "dispatches": [
                {
                    "pipeline": 0,
                    "label": "FirstLayer.layers.0.net.0",
                    "params": [
                        3,
                        3473408,
                        3072,
                        0,
                        54272,
                        0,
                        432,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 0
                    }
                },
                {
                    "pipeline": 1,
                    "label": "FirstLayer.layers.1.net.0",
                    "params": [
                        16,
                        0,
                        54272,
                        3473408,
                        27136,
                        448,
                        5056,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 1
                    }
                },
                {
                    "pipeline": 2,
                    "label": "FirstLayer.layers.2.net.0",
                    "params": [
                        32,
                        3473408,
                        27136,
                        5210112,
                        13312,
                        5088,
                        23520,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 2
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "params": [
                        64,
                        5210112,
                        13312,
                        6062080,
                        4096,
                        23584,
                        27680,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 3
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "params": [
                        64,
                        6062080,
                        4096,
                        5214208,
                        13312,
                        27744,
                        41568,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 4
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "params": [
                        88,
                        5210112,
                        13312,
                        6062080,
                        5632,
                        41592,
                        49336,
                        88
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 22,
                        "argsSlot": 5
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "params": [
                        88,
                        6062080,
                        5632,
                        5215744,
                        13312,
                        49424,
                        68432,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 6
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.0.m.0.net.0",
                    "params": [
                        112,
                        5210112,
                        13312,
                        6062080,
                        2048,
                        68456,
                        197480,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 7
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.0.m.1.net.0",
                    "params": [
                        128,
                        6062080,
                        2048,
                        6193152,
                        512,
                        197608,
                        345064,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 8
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.0.linear",
                    "params": [
                        6193152,
                        512,
                        6062080,
                        100,
                        345192,
                        357992
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 9
                    }
                },
                {
                    "pipeline": 8,
                    "label": "exit0",
                    "params": [
                        6062080,
                        100
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 9,
                    "label": "gather3",
                    "params": [
                        5210112,
                        13312,
                        8683520,
                        13312
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 28,
                        "argsSlot": 10
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather2",
                    "params": [
                        3473408,
                        27136,
                        6946816,
                        27136
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 11
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather1",
                    "params": [
                        0,
                        54272,
                        3473408,
                        54272
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 12
                    }
                }
            ],
            "argsX": [
                16,
                8,
                16,
                16,
                6,
                22,
                6,
                32,
                32,
                1
            ],
            "argsBase": 0
        },
        {
            "exit": 1,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.0",
                    "params": [
                        112,
                        8683520,
                        13312,
                        0,
                        6144,
                        358092,
                        368844,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 13
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        8690688,
                        13312,
                        368940,
                        389676,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 14
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.0",
                    "params": [
                        136,
                        8683520,
                        13312,
                        0,
                        6144,
                        389700,
                        402756,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 15
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        8692224,
                        13312,
                        402852,
                        423588,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 16
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.2.conv_normal.net.0",
                    "params": [
                        160,
                        8683520,
                        13312,
                        0,
                        6144,
                        423612,
                        438972,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 17
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.2.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        8693760,
                        13312,
                        439068,
                        459804,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 18
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.3.conv_normal.net.0",
                    "params": [
                        184,
                        8683520,
                        13312,
                        0,
                        6144,
                        459828,
                        477492,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 19
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.3.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        8695296,
                        13312,
                        477588,
                        498324,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 20
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.1.m.0.net.0",
                    "params": [
                        208,
                        8683520,
                        13312,
                        0,
                        2048,
                        498348,
                        737964,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 21
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.1.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        738092,
                        885548,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 22
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.1.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        100,
                        885676,
                        898476
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 23
                    }
                },
                {
                    "pipeline": 12,
                    "label": "exit1",
                    "params": [
                        0,
                        100
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 13,
                    "label": "gather9",
                    "params": [
                        8683520,
                        13312,
                        10420224,
                        13312
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 52,
                        "argsSlot": 24
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather10",
                    "params": [
                        6946816,
                        27136,
                        8683520,
                        27136
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 25
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather11",
                    "params": [
                        3473408,
                        54272,
                        0,
                        54272
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 26
                    }
                }
            ],
            "argsX": [
                28,
                32,
                64,
                24,
                6,
                24,
                6,
                24,
                6,
                24,
                6,
                32,
                32,
                1
            ],
            "argsBase": 10
        },
        {
            "exit": 2,
            "dispatches": [
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "params": [
                        32,
                        8683520,
                        27136,
                        3473408,
                        4608,
                        898576,
                        899216,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 27
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "params": [
                        18,
                        3473408,
                        4608,
                        8692480,
                        27136,
                        899236,
                        901180,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 28
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "params": [
                        64,
                        10420224,
                        13312,
                        3473408,
                        768,
                        901192,
                        901960,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 29
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "params": [
                        12,
                        3473408,
                        768,
                        8691712,
                        27136,
                        901972,
                        902404,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 30
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "params": [
                        44,
                        8683520,
                        27136,
                        3473408,
                        4608,
                        902408,
                        903288,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 31
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "params": [
                        18,
                        3473408,
                        4608,
                        8695552,
                        27136,
                        903308,
                        905252,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 32
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "params": [
                        88,
                        10420224,
                        13312,
                        3473408,
                        768,
                        905264,
                        906320,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 33
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "params": [
                        12,
                        3473408,
                        768,
                        8694784,
                        27136,
                        906332,
                        906764,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 34
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "params": [
                        112,
                        10420224,
                        13312,
                        8697856,
                        27136,
                        906768,
                        908560,
                        14
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 35
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "params": [
                        70,
                        8683520,
                        27136,
                        3473408,
                        4608,
                        908576,
                        909976,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 36
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "params": [
                        18,
                        3473408,
                        4608,
                        8702208,
                        27136,
                        909996,
                        911940,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 37
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.0",
                    "params": [
                        112,
                        10420224,
                        13312,
                        3473408,
                        768,
                        911952,
                        913296,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 38
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.3",
                    "params": [
                        12,
                        3473408,
                        768,
                        8701440,
                        27136,
                        913308,
                        913740,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 39
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "params": [
                        82,
                        8683520,
                        27136,
                        3473408,
                        4608,
                        913744,
                        915384,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 40
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "params": [
                        18,
                        3473408,
                        4608,
                        8705280,
                        27136,
                        915404,
                        917348,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 41
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.0",
                    "params": [
                        136,
                        10420224,
                        13312,
                        3473408,
                        768,
                        917360,
                        918992,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 42
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.3",
                    "params": [
                        12,
                        3473408,
                        768,
                        8704512,
                        27136,
                        919004,
                        919436,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 43
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.0",
                    "params": [
                        94,
                        8683520,
                        27136,
                        3473408,
                        4608,
                        919440,
                        921320,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 44
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.3",
                    "params": [
                        18,
                        3473408,
                        4608,
                        8708352,
                        27136,
                        921340,
                        923284,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 45
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.2.conv_up.net.0",
                    "params": [
                        160,
                        10420224,
                        13312,
                        3473408,
                        768,
                        923296,
                        925216,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 46
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.1.layers.2.conv_up.net.3",
                    "params": [
                        12,
                        3473408,
                        768,
                        8707584,
                        27136,
                        925228,
                        925660,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 47
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.0",
                    "params": [
                        106,
                        8683520,
                        27136,
                        3473408,
                        4608,
                        925664,
                        927784,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 48
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.3",
                    "params": [
                        18,
                        3473408,
                        4608,
                        4467520,
                        9408,
                        927804,
                        929748,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 49
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.3.conv_up.net.0",
                    "params": [
                        184,
                        10420224,
                        13312,
                        3473408,
                        768,
                        929760,
                        931968,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 50
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.1.layers.3.conv_up.net.3",
                    "params": [
                        12,
                        3473408,
                        768,
                        4467328,
                        9408,
                        931980,
                        932412,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 51
                    }
                },
                {
                    "pipeline": 18,
                    "label": "scale_flows.1.1.layers.3.x.resize",
                    "params": [
                        106,
                        8683520,
                        27136,
                        4460544,
                        9408
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 27,
                        "argsSlot": 52
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.conv_last.net.0",
                    "params": [
                        208,
                        10420224,
                        13312,
                        4468096,
                        9408,
                        932416,
                        939072,
                        29
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 53
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.trans.net.0",
                    "params": [
                        147,
                        4460544,
                        9408,
                        3473408,
                        15424,
                        939104,
                        950276,
                        73
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 19,
                        "argsSlot": 54
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.0",
                    "params": [
                        73,
                        3473408,
                        15424,
                        5062656,
                        1536,
                        950352,
                        952104,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 55
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.3",
                    "params": [
                        24,
                        5062656,
                        1536,
                        3478080,
                        15424,
                        952128,
                        954720,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 56
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.0",
                    "params": [
                        85,
                        3473408,
                        15424,
                        5062656,
                        1536,
                        954732,
                        956772,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 57
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.3",
                    "params": [
                        24,
                        5062656,
                        1536,
                        3478848,
                        15424,
                        956796,
                        959388,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 58
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.2.conv_normal.net.0",
                    "params": [
                        97,
                        3473408,
                        15424,
                        5062656,
                        1536,
                        959400,
                        961728,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 59
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.2.conv_normal.net.3",
                    "params": [
                        24,
                        5062656,
                        1536,
                        3479616,
                        15424,
                        961752,
                        964344,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 60
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.3.conv_normal.net.0",
                    "params": [
                        109,
                        3473408,
                        15424,
                        5062656,
                        1536,
                        964356,
                        966972,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 61
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.3.conv_normal.net.3",
                    "params": [
                        24,
                        5062656,
                        1536,
                        3480384,
                        15424,
                        966996,
                        969588,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 62
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.4.conv_normal.net.0",
                    "params": [
                        121,
                        3473408,
                        15424,
                        5062656,
                        1536,
                        969600,
                        972504,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 63
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.4.conv_normal.net.3",
                    "params": [
                        24,
                        5062656,
                        1536,
                        3481152,
                        15424,
                        972528,
                        975120,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 64
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.5.conv_normal.net.0",
                    "params": [
                        133,
                        3473408,
                        15424,
                        5062656,
                        1536,
                        975132,
                        978324,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 65
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.5.conv_normal.net.3",
                    "params": [
                        24,
                        5062656,
                        1536,
                        3481920,
                        15424,
                        978348,
                        980940,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 66
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.2.m.0.net.0",
                    "params": [
                        145,
                        3473408,
                        15424,
                        5062656,
                        2048,
                        980952,
                        1147992,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 67
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.2.m.1.net.0",
                    "params": [
                        128,
                        5062656,
                        2048,
                        5193728,
                        512,
                        1148120,
                        1295576,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 68
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.2.linear",
                    "params": [
                        5193728,
                        512,
                        5062656,
                        100,
                        1295704,
                        1308504
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 69
                    }
                },
                {
                    "pipeline": 19,
                    "label": "exit2",
                    "params": [
                        5062656,
                        100
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather20",
                    "params": [
                        8683520,
                        27136,
                        6946816,
                        27136
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 106,
                        "argsSlot": 70
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather33",
                    "params": [
                        4460544,
                        9408,
                        11407360,
                        9408
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 37,
                        "argsSlot": 71
                    }
                },
                {
                    "pipeline": 22,
                    "label": "gather35",
                    "params": [
                        3473408,
                        15424,
                        10420224,
                        15424
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 37,
                        "argsSlot": 72
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather21",
                    "params": [
                        0,
                        54272,
                        3473408,
                        54272
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 73
                    }
                }
            ],
            "argsX": [
                52,
                32,
                64,
                5,
                3,
                3,
                1,
                5,
                3,
                3,
                1,
                4,
                5,
                3,
                3,
                1,
                5,
                3,
                3,
                1,
                5,
                3,
                3,
                1,
                5,
                3,
                3,
                1,
                27,
                8,
                19,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                32,
                32,
                1
            ],
            "argsBase": 24
        },
        {
            "exit": 3,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.0",
                    "params": [
                        145,
                        10420224,
                        15424,
                        0,
                        1536,
                        1308604,
                        1312084,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 74
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10429504,
                        15424,
                        1312108,
                        1314700,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 75
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.0",
                    "params": [
                        157,
                        10420224,
                        15424,
                        0,
                        1536,
                        1314712,
                        1318480,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 76
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10430272,
                        15424,
                        1318504,
                        1321096,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 77
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.2.conv_normal.net.0",
                    "params": [
                        169,
                        10420224,
                        15424,
                        0,
                        1536,
                        1321108,
                        1325164,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 78
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.2.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10431040,
                        15424,
                        1325188,
                        1327780,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 79
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.3.conv_normal.net.0",
                    "params": [
                        181,
                        10420224,
                        15424,
                        0,
                        1536,
                        1327792,
                        1332136,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 80
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.3.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10431808,
                        15424,
                        1332160,
                        1334752,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 81
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.4.conv_normal.net.0",
                    "params": [
                        193,
                        10420224,
                        15424,
                        0,
                        1536,
                        1334764,
                        1339396,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 82
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.4.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10432576,
                        15424,
                        1339420,
                        1342012,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 83
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.5.conv_normal.net.0",
                    "params": [
                        205,
                        10420224,
                        15424,
                        0,
                        1536,
                        1342024,
                        1346944,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 84
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.5.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10433344,
                        15424,
                        1346968,
                        1349560,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 85
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.6.conv_normal.net.0",
                    "params": [
                        217,
                        10420224,
                        15424,
                        0,
                        1536,
                        1349572,
                        1354780,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 86
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.6.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10434112,
                        15424,
                        1354804,
                        1357396,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 87
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.7.conv_normal.net.0",
                    "params": [
                        229,
                        10420224,
                        15424,
                        0,
                        1536,
                        1357408,
                        1362904,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 88
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.7.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        10434880,
                        15424,
                        1362928,
                        1365520,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 89
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.3.m.0.net.0",
                    "params": [
                        241,
                        10420224,
                        15424,
                        0,
                        2048,
                        1365532,
                        1643164,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 90
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.3.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        1643292,
                        1790748,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 91
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.3.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        100,
                        1790876,
                        1803676
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 92
                    }
                },
                {
                    "pipeline": 23,
                    "label": "exit3",
                    "params": [
                        0,
                        100
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather45",
                    "params": [
                        6946816,
                        27136,
                        8683520,
                        27136
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 106,
                        "argsSlot": 93
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather46",
                    "params": [
                        11407360,
                        9408,
                        7933952,
                        9408
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 37,
                        "argsSlot": 94
                    }
                },
                {
                    "pipeline": 24,
                    "label": "gather47",
                    "params": [
                        10420224,
                        15424,
                        6946816,
                        15424
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 61,
                        "argsSlot": 95
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather48",
                    "params": [
                        3473408,
                        54272,
                        0,
                        54272
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 96
                    }
                }
            ],
            "argsX": [
                106,
                37,
                37,
                64,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                6,
                3,
                32,
                32,
                1
            ],
            "argsBase": 70
        },
        {
            "exit": 4,
            "dispatches": [
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        0,
                        54272,
                        3473408,
                        5120,
                        1803776,
                        1803904,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 97
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        3473408,
                        5120,
                        17408,
                        54272,
                        1803912,
                        1804272,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 98
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "params": [
                        32,
                        8683520,
                        27136,
                        3473408,
                        512,
                        1804280,
                        1804408,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 99
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        3473408,
                        512,
                        16384,
                        54272,
                        1804412,
                        1804484,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 100
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "params": [
                        22,
                        0,
                        54272,
                        3473408,
                        5120,
                        1804488,
                        1804664,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 101
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        3473408,
                        5120,
                        23552,
                        54272,
                        1804672,
                        1805032,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 102
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "params": [
                        44,
                        8683520,
                        27136,
                        3473408,
                        512,
                        1805040,
                        1805216,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 103
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        3473408,
                        512,
                        22528,
                        54272,
                        1805220,
                        1805292,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 104
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "params": [
                        56,
                        8683520,
                        27136,
                        28672,
                        54272,
                        1805296,
                        1805744,
                        7
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 105
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "params": [
                        35,
                        0,
                        54272,
                        3473408,
                        5120,
                        1805752,
                        1806032,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 106
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        3473408,
                        5120,
                        36864,
                        54272,
                        1806040,
                        1806400,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 107
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "params": [
                        70,
                        8683520,
                        27136,
                        3473408,
                        512,
                        1806408,
                        1806688,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 108
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        3473408,
                        512,
                        35840,
                        54272,
                        1806692,
                        1806764,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 109
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "params": [
                        41,
                        0,
                        54272,
                        3473408,
                        5120,
                        1806768,
                        1807096,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 110
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        3473408,
                        5120,
                        43008,
                        54272,
                        1807104,
                        1807464,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 111
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "params": [
                        82,
                        8683520,
                        27136,
                        3473408,
                        512,
                        1807472,
                        1807800,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 112
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        3473408,
                        512,
                        41984,
                        54272,
                        1807804,
                        1807876,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 113
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.0",
                    "params": [
                        47,
                        0,
                        54272,
                        3473408,
                        5120,
                        1807880,
                        1808256,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 114
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        3473408,
                        5120,
                        49152,
                        54272,
                        1808264,
                        1808624,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 115
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.0",
                    "params": [
                        94,
                        8683520,
                        27136,
                        3473408,
                        512,
                        1808632,
                        1809008,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 116
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        3473408,
                        512,
                        48128,
                        54272,
                        1809012,
                        1809084,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 117
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.0",
                    "params": [
                        53,
                        0,
                        54272,
                        4669440,
                        5120,
                        1809088,
                        1809512,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 118
                    }
                },
                {
                    "pipeline": 1,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        4669440,
                        5120,
                        3487232,
                        18688,
                        1809520,
                        1809880,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 119
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.0",
                    "params": [
                        106,
                        8683520,
                        27136,
                        4669440,
                        512,
                        1809888,
                        1810312,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 120
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        4669440,
                        512,
                        3486976,
                        18688,
                        1810316,
                        1810388,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 121
                    }
                },
                {
                    "pipeline": 28,
                    "label": "scale_flows.2.1.layers.3.x.resize",
                    "params": [
                        53,
                        0,
                        54272,
                        3473408,
                        18688
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 53,
                        "argsSlot": 122
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "params": [
                        118,
                        7933952,
                        9408,
                        3488512,
                        18688,
                        1810392,
                        1812280,
                        14
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 123
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.trans.net.0",
                    "params": [
                        73,
                        3473408,
                        18688,
                        0,
                        33792,
                        1812296,
                        1814924,
                        36
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 9,
                        "argsSlot": 124
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "params": [
                        36,
                        0,
                        33792,
                        2162688,
                        1280,
                        1814960,
                        1815248,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 125
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        9472,
                        33792,
                        1815256,
                        1815616,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 126
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.0",
                    "params": [
                        73,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1815624,
                        1815916,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 127
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        9216,
                        33792,
                        1815920,
                        1815992,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 128
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "params": [
                        42,
                        0,
                        33792,
                        2162688,
                        1280,
                        1815996,
                        1816332,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 129
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        11008,
                        33792,
                        1816340,
                        1816700,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 130
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.0",
                    "params": [
                        85,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1816708,
                        1817048,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 131
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        10752,
                        33792,
                        1817052,
                        1817124,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 132
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.0",
                    "params": [
                        48,
                        0,
                        33792,
                        2162688,
                        1280,
                        1817128,
                        1817512,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 133
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        12544,
                        33792,
                        1817520,
                        1817880,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 134
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.2.conv_up.net.0",
                    "params": [
                        97,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1817888,
                        1818276,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 135
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        12288,
                        33792,
                        1818280,
                        1818352,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 136
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.0",
                    "params": [
                        54,
                        0,
                        33792,
                        2162688,
                        1280,
                        1818356,
                        1818788,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 137
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        14080,
                        33792,
                        1818796,
                        1819156,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 138
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.3.conv_up.net.0",
                    "params": [
                        109,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1819164,
                        1819600,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 139
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        13824,
                        33792,
                        1819604,
                        1819676,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 140
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.4.conv_normal.net.0",
                    "params": [
                        60,
                        0,
                        33792,
                        2162688,
                        1280,
                        1819680,
                        1820160,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 141
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.4.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        15616,
                        33792,
                        1820168,
                        1820528,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 142
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.4.conv_up.net.0",
                    "params": [
                        121,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1820536,
                        1821020,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 143
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.4.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        15360,
                        33792,
                        1821024,
                        1821096,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 144
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.5.conv_normal.net.0",
                    "params": [
                        66,
                        0,
                        33792,
                        2162688,
                        1280,
                        1821100,
                        1821628,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 145
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.5.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        17152,
                        33792,
                        1821636,
                        1821996,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 146
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.5.conv_up.net.0",
                    "params": [
                        133,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1822004,
                        1822536,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 147
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.layers.5.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        16896,
                        33792,
                        1822540,
                        1822612,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 148
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.2.conv_last.net.0",
                    "params": [
                        145,
                        6946816,
                        15424,
                        18432,
                        33792,
                        1822616,
                        1825516,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 149
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.0",
                    "params": [
                        90,
                        0,
                        33792,
                        2162688,
                        1280,
                        1825536,
                        1826256,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 150
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        23296,
                        33792,
                        1826264,
                        1826624,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 151
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.0",
                    "params": [
                        145,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1826632,
                        1827212,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 152
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        23040,
                        33792,
                        1827216,
                        1827288,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 153
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.0",
                    "params": [
                        96,
                        0,
                        33792,
                        2162688,
                        1280,
                        1827292,
                        1828060,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 154
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        24832,
                        33792,
                        1828068,
                        1828428,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 155
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.0",
                    "params": [
                        157,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1828436,
                        1829064,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 156
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        24576,
                        33792,
                        1829068,
                        1829140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 157
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.2.conv_normal.net.0",
                    "params": [
                        102,
                        0,
                        33792,
                        2162688,
                        1280,
                        1829144,
                        1829960,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 158
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        26368,
                        33792,
                        1829968,
                        1830328,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 159
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.2.conv_up.net.0",
                    "params": [
                        169,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1830336,
                        1831012,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 160
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        26112,
                        33792,
                        1831016,
                        1831088,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 161
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.3.conv_normal.net.0",
                    "params": [
                        108,
                        0,
                        33792,
                        2162688,
                        1280,
                        1831092,
                        1831956,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 162
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        27904,
                        33792,
                        1831964,
                        1832324,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 163
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.3.conv_up.net.0",
                    "params": [
                        181,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1832332,
                        1833056,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 164
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        27648,
                        33792,
                        1833060,
                        1833132,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 165
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.4.conv_normal.net.0",
                    "params": [
                        114,
                        0,
                        33792,
                        2162688,
                        1280,
                        1833136,
                        1834048,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 166
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.4.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        29440,
                        33792,
                        1834056,
                        1834416,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 167
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.4.conv_up.net.0",
                    "params": [
                        193,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1834424,
                        1835196,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 168
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.4.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        29184,
                        33792,
                        1835200,
                        1835272,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 169
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.5.conv_normal.net.0",
                    "params": [
                        120,
                        0,
                        33792,
                        2162688,
                        1280,
                        1835276,
                        1836236,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 170
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.5.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        30976,
                        33792,
                        1836244,
                        1836604,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 171
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.5.conv_up.net.0",
                    "params": [
                        205,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1836612,
                        1837432,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 172
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.5.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        30720,
                        33792,
                        1837436,
                        1837508,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 173
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.6.conv_normal.net.0",
                    "params": [
                        126,
                        0,
                        33792,
                        2162688,
                        1280,
                        1837512,
                        1838520,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 174
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.6.conv_normal.net.3",
                    "params": [
                        5,
                        2162688,
                        1280,
                        32512,
                        33792,
                        1838528,
                        1838888,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 175
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.6.conv_up.net.0",
                    "params": [
                        217,
                        6946816,
                        15424,
                        2162688,
                        128,
                        1838896,
                        1839764,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 176
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.3.layers.6.conv_up.net.3",
                    "params": [
                        2,
                        2162688,
                        128,
                        32256,
                        33792,
                        1839768,
                        1839840,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 177
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.7.conv_normal.net.0",
                    "params": [
                        132,
                        0,
                        33792,
                        2867200,
                        1280,
                        1839844,
                        1840900,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 178
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.2.3.layers.7.conv_normal.net.3",
                    "params": [
                        5,
                        2867200,
                        1280,
                        2171200,
                        11008,
                        1840908,
                        1841268,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 179
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.7.conv_up.net.0",
                    "params": [
                        229,
                        6946816,
                        15424,
                        2867200,
                        128,
                        1841276,
                        1842192,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 180
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.3.layers.7.conv_up.net.3",
                    "params": [
                        2,
                        2867200,
                        128,
                        2171136,
                        11008,
                        1842196,
                        1842268,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 181
                    }
                },
                {
                    "pipeline": 18,
                    "label": "scale_flows.2.3.layers.7.x.resize",
                    "params": [
                        132,
                        0,
                        33792,
                        2162688,
                        11008
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 33,
                        "argsSlot": 182
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.conv_last.net.0",
                    "params": [
                        241,
                        6946816,
                        15424,
                        2171520,
                        11008,
                        1842272,
                        1850948,
                        34
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 9,
                        "argsSlot": 183
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.trans.net.0",
                    "params": [
                        172,
                        2162688,
                        11008,
                        0,
                        13952,
                        1850984,
                        1866120,
                        86
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 22,
                        "argsSlot": 184
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.0",
                    "params": [
                        86,
                        0,
                        13952,
                        892928,
                        384,
                        1866208,
                        1866896,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 185
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        5504,
                        13952,
                        1866904,
                        1867336,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 186
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.0",
                    "params": [
                        92,
                        0,
                        13952,
                        892928,
                        384,
                        1867344,
                        1868080,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 187
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        5888,
                        13952,
                        1868088,
                        1868520,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 188
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.2.conv_normal.net.0",
                    "params": [
                        98,
                        0,
                        13952,
                        892928,
                        384,
                        1868528,
                        1869312,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 189
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        6272,
                        13952,
                        1869320,
                        1869752,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 190
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.3.conv_normal.net.0",
                    "params": [
                        104,
                        0,
                        13952,
                        892928,
                        384,
                        1869760,
                        1870592,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 191
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        6656,
                        13952,
                        1870600,
                        1871032,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 192
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.4.conv_normal.net.0",
                    "params": [
                        110,
                        0,
                        13952,
                        892928,
                        384,
                        1871040,
                        1871920,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 193
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.4.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        7040,
                        13952,
                        1871928,
                        1872360,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 194
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.5.conv_normal.net.0",
                    "params": [
                        116,
                        0,
                        13952,
                        892928,
                        384,
                        1872368,
                        1873296,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 195
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.5.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        7424,
                        13952,
                        1873304,
                        1873736,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 196
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.6.conv_normal.net.0",
                    "params": [
                        122,
                        0,
                        13952,
                        892928,
                        384,
                        1873744,
                        1874720,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 197
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.6.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        7808,
                        13952,
                        1874728,
                        1875160,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 198
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.7.conv_normal.net.0",
                    "params": [
                        128,
                        0,
                        13952,
                        892928,
                        384,
                        1875168,
                        1876192,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 199
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.7.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        8192,
                        13952,
                        1876200,
                        1876632,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 200
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.8.conv_normal.net.0",
                    "params": [
                        134,
                        0,
                        13952,
                        892928,
                        384,
                        1876640,
                        1877712,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 201
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.8.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        8576,
                        13952,
                        1877720,
                        1878152,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 202
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.9.conv_normal.net.0",
                    "params": [
                        140,
                        0,
                        13952,
                        892928,
                        384,
                        1878160,
                        1879280,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 203
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.9.conv_normal.net.3",
                    "params": [
                        6,
                        892928,
                        384,
                        8960,
                        13952,
                        1879288,
                        1879720,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 204
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.4.m.0.net.0",
                    "params": [
                        146,
                        0,
                        13952,
                        892928,
                        2048,
                        1879728,
                        2047920,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 205
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.4.m.1.net.0",
                    "params": [
                        128,
                        892928,
                        2048,
                        1024000,
                        512,
                        2048048,
                        2195504,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 206
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.4.linear",
                    "params": [
                        1024000,
                        512,
                        892928,
                        100,
                        2195632,
                        2208432
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 207
                    }
                },
                {
                    "pipeline": 29,
                    "label": "exit4",
                    "params": [
                        892928,
                        100
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 30,
                    "label": "gather107",
                    "params": [
                        0,
                        13952,
                        892928,
                        13952
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 37,
                        "argsSlot": 208
                    }
                }
            ],
            "argsX": [
                106,
                37,
                61,
                64,
                8,
                8,
                1,
                1,
                8,
                8,
                1,
                1,
                2,
                8,
                8,
                1,
                1,
                8,
                8,
                1,
                1,
                8,
                8,
                1,
                1,
                8,
                2,
                1,
                1,
                53,
                4,
                9,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                5,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                2,
                2,
                1,
                1,
                33,
                9,
                22,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                32,
                32,
                1
            ],
            "argsBase": 93
        },
        {
            "exit": 5,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.0",
                    "params": [
                        146,
                        892928,
                        13952,
                        0,
                        384,
                        2208532,
                        2209700,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 209
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        902272,
                        13952,
                        2209708,
                        2210140,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 210
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.0",
                    "params": [
                        152,
                        892928,
                        13952,
                        0,
                        384,
                        2210148,
                        2211364,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 211
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        902656,
                        13952,
                        2211372,
                        2211804,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 212
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.2.conv_normal.net.0",
                    "params": [
                        158,
                        892928,
                        13952,
                        0,
                        384,
                        2211812,
                        2213076,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 213
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        903040,
                        13952,
                        2213084,
                        2213516,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 214
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.3.conv_normal.net.0",
                    "params": [
                        164,
                        892928,
                        13952,
                        0,
                        384,
                        2213524,
                        2214836,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 215
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        903424,
                        13952,
                        2214844,
                        2215276,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 216
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.4.conv_normal.net.0",
                    "params": [
                        170,
                        892928,
                        13952,
                        0,
                        384,
                        2215284,
                        2216644,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 217
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.4.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        903808,
                        13952,
                        2216652,
                        2217084,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 218
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.5.conv_normal.net.0",
                    "params": [
                        176,
                        892928,
                        13952,
                        0,
                        384,
                        2217092,
                        2218500,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 219
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.5.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        904192,
                        13952,
                        2218508,
                        2218940,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 220
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.6.conv_normal.net.0",
                    "params": [
                        182,
                        892928,
                        13952,
                        0,
                        384,
                        2218948,
                        2220404,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 221
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.6.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        904576,
                        13952,
                        2220412,
                        2220844,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 222
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.7.conv_normal.net.0",
                    "params": [
                        188,
                        892928,
                        13952,
                        0,
                        384,
                        2220852,
                        2222356,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 223
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.7.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        904960,
                        13952,
                        2222364,
                        2222796,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 224
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.8.conv_normal.net.0",
                    "params": [
                        194,
                        892928,
                        13952,
                        0,
                        384,
                        2222804,
                        2224356,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 225
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.8.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        905344,
                        13952,
                        2224364,
                        2224796,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 226
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.9.conv_normal.net.0",
                    "params": [
                        200,
                        892928,
                        13952,
                        0,
                        384,
                        2224804,
                        2226404,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 227
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.9.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        905728,
                        13952,
                        2226412,
                        2226844,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 228
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.10.conv_normal.net.0",
                    "params": [
                        206,
                        892928,
                        13952,
                        0,
                        384,
                        2226852,
                        2228500,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 229
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.10.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        906112,
                        13952,
                        2228508,
                        2228940,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 230
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.11.conv_normal.net.0",
                    "params": [
                        212,
                        892928,
                        13952,
                        0,
                        384,
                        2228948,
                        2230644,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 231
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.5.layers.11.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        906496,
                        13952,
                        2230652,
                        2231084,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 232
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.5.m.0.net.0",
                    "params": [
                        218,
                        892928,
                        13952,
                        0,
                        2048,
                        2231092,
                        2482228,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 233
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.5.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        2482356,
                        2629812,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 234
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.5.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        100,
                        2629940,
                        2642740
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 235
                    }
                },
                {
                    "pipeline": 31,
                    "label": "exit5",
                    "params": [
                        0,
                        100
                    ],
                    "grid": {
                        "kind": "single"
                    }
                }
            ],
            "argsX": [
                37,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                2,
                32,
                32,
                1
            ],
            "argsBase": 208
        }
    ],
    "paramsStride": 256
};
//# sourceMappingURL=plan.js.map