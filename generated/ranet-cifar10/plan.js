export const plan = {
    "format": "ranetc-plan/1",
    "target": "wgsl",
    "precision": "f32",
    "name": "ranet-cifar10",
    "classes": 10,
    "exits": 8,
    "maxBatch": 64,
    "input": {
        "channels": 3,
        "height": 32,
        "width": 32,
        "base": 6029312,
        "sampleStride": 3072
    },
    "normalize": {
        "mean": [
            0.4914,
            0.4824,
            0.4467
        ],
        "std": [
            0.2471,
            0.2435,
            0.2616
        ]
    },
    "exitFlops": [
        15814410,
        31283220,
        44655390,
        50358312,
        60654578,
        63647996,
        90173958,
        94904592
    ],
    "arenaElements": 26955776,
    "weights": {
        "elements": 3297504,
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
                "length": 2304,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
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
                "offset": 2752,
                "length": 16,
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
                "offset": 2768,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 16,
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
                "offset": 7376,
                "length": 32,
                "layout": "plain"
            },
            {
                "name": "FirstLayer.layers.3.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.3.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.3.net.1.weight",
                        "bias": "FirstLayer.layers.3.net.1.bias",
                        "mean": "FirstLayer.layers.3.net.1.running_mean",
                        "variance": "FirstLayer.layers.3.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 7408,
                "length": 18432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 32,
                    "taps": 9
                }
            },
            {
                "name": "FirstLayer.layers.3.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.3.net.0.weight"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.3.net.1.weight",
                        "bias": "FirstLayer.layers.3.net.1.bias",
                        "mean": "FirstLayer.layers.3.net.1.running_mean",
                        "variance": "FirstLayer.layers.3.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 25840,
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
                "offset": 25904,
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
                "offset": 30000,
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
                "offset": 30064,
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
                "offset": 43888,
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
                "offset": 43912,
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
                "offset": 51656,
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
                "offset": 51744,
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
                "offset": 70752,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 70776,
                "length": 10752,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 81528,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 81624,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 102360,
                "length": 24,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 102384,
                "length": 13056,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 115440,
                "length": 96,
                "layout": "plain"
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 115536,
                "length": 20736,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 96,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.0.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.0.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.0.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.0.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.0.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 136272,
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
                "offset": 136296,
                "length": 184320,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 160,
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
                "offset": 320616,
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
                "offset": 320744,
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
                "offset": 468200,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.weight",
                "source": {
                    "key": "classifier.0.linear.weight"
                },
                "offset": 468328,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.bias",
                "source": {
                    "key": "classifier.0.linear.bias"
                },
                "offset": 469608,
                "length": 10,
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
                "offset": 469620,
                "length": 15360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 160,
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
                "offset": 484980,
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
                "offset": 485076,
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
                "offset": 505812,
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
                "offset": 505836,
                "length": 17664,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 184,
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
                "offset": 523500,
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
                "offset": 523596,
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
                "offset": 544332,
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
                "offset": 544356,
                "length": 19968,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 208,
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
                "offset": 564324,
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
                "offset": 564420,
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
                "offset": 585156,
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
                "offset": 585180,
                "length": 22272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 96,
                    "inChannels": 232,
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
                "offset": 607452,
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
                "offset": 607548,
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
                "offset": 628284,
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
                "offset": 628308,
                "length": 294912,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 256,
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
                "offset": 923220,
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
                "offset": 923348,
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
                "offset": 1070804,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.weight",
                "source": {
                    "key": "classifier.1.linear.weight"
                },
                "offset": 1070932,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.bias",
                "source": {
                    "key": "classifier.1.linear.bias"
                },
                "offset": 1072212,
                "length": 10,
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
                "offset": 1072224,
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
                "offset": 1072864,
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
                "offset": 1072884,
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
                "offset": 1074828,
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
                "offset": 1074840,
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
                "offset": 1075608,
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
                "offset": 1075620,
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
                "offset": 1076052,
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
                "offset": 1076056,
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
                "offset": 1076936,
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
                "offset": 1076956,
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
                "offset": 1078900,
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
                "offset": 1078912,
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
                "offset": 1079968,
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
                "offset": 1079980,
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
                "offset": 1080412,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1080416,
                "length": 1120,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1081536,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1081556,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1083500,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1083512,
                "length": 1344,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 112,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1084856,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1084868,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1085300,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1085304,
                "length": 1360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1086664,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1086684,
                "length": 1944,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 9,
                    "inChannels": 18,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1088628,
                "length": 9,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1088640,
                "length": 1632,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 136,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090272,
                "length": 12,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090284,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.1.0.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.1.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.1.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.1.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1090716,
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
                "offset": 1090720,
                "length": 3200,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 20,
                    "inChannels": 160,
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
                "offset": 1093920,
                "length": 20,
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
                "offset": 1093940,
                "length": 2000,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 100,
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
                "offset": 1095940,
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
                "offset": 1095960,
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
                "offset": 1097904,
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
                "offset": 1097916,
                "length": 1920,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 160,
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
                "offset": 1099836,
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
                "offset": 1099848,
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
                "offset": 1100280,
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
                "offset": 1100284,
                "length": 2240,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 112,
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
                "offset": 1102524,
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
                "offset": 1102544,
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
                "offset": 1104488,
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
                "offset": 1104500,
                "length": 2208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 184,
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
                "offset": 1106708,
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
                "offset": 1106720,
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
                "offset": 1107152,
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
                "offset": 1107156,
                "length": 2480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 124,
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
                "offset": 1109636,
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
                "offset": 1109656,
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
                "offset": 1111600,
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
                "offset": 1111612,
                "length": 2496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 208,
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
                "offset": 1114108,
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
                "offset": 1114120,
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
                "offset": 1114552,
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
                "offset": 1114556,
                "length": 2720,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 136,
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
                "offset": 1117276,
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
                "offset": 1117296,
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
                "offset": 1119240,
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
                "offset": 1119252,
                "length": 2784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 232,
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
                "offset": 1122036,
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
                "offset": 1122048,
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
                "offset": 1122480,
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
                "offset": 1122484,
                "length": 10240,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 37,
                    "inChannels": 256,
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
                "offset": 1132724,
                "length": 37,
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
                "offset": 1132764,
                "length": 17020,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 92,
                    "inChannels": 185,
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
                "offset": 1149784,
                "length": 92,
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
                "offset": 1149876,
                "length": 2208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 92,
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
                "offset": 1152084,
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
                "offset": 1152108,
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
                "offset": 1154700,
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
                "offset": 1154712,
                "length": 2496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 104,
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
                "offset": 1157208,
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
                "offset": 1157232,
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
                "offset": 1159824,
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
                "offset": 1159836,
                "length": 2784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 116,
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
                "offset": 1162620,
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
                "offset": 1162644,
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
                "offset": 1165236,
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
                "offset": 1165248,
                "length": 3072,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 128,
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
                "offset": 1168320,
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
                "offset": 1168344,
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
                "offset": 1170936,
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
                "offset": 1170948,
                "length": 161280,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 140,
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
                "offset": 1332228,
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
                "offset": 1332356,
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
                "offset": 1479812,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.weight",
                "source": {
                    "key": "classifier.2.linear.weight"
                },
                "offset": 1479940,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.bias",
                "source": {
                    "key": "classifier.2.linear.bias"
                },
                "offset": 1481220,
                "length": 10,
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
                "offset": 1481232,
                "length": 3360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 140,
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
                "offset": 1484592,
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
                "offset": 1484616,
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
                "offset": 1487208,
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
                "offset": 1487220,
                "length": 3648,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 152,
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
                "offset": 1490868,
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
                "offset": 1490892,
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
                "offset": 1493484,
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
                "offset": 1493496,
                "length": 3936,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 164,
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
                "offset": 1497432,
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
                "offset": 1497456,
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
                "offset": 1500048,
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
                "offset": 1500060,
                "length": 4224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 24,
                    "inChannels": 176,
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
                "offset": 1504284,
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
                "offset": 1504308,
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
                "offset": 1506900,
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
                "offset": 1506912,
                "length": 216576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 188,
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
                "offset": 1723488,
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
                "offset": 1723616,
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
                "offset": 1871072,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.weight",
                "source": {
                    "key": "classifier.3.linear.weight"
                },
                "offset": 1871200,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.bias",
                "source": {
                    "key": "classifier.3.linear.bias"
                },
                "offset": 1872480,
                "length": 10,
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
                "offset": 1872492,
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
                "offset": 1872620,
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
                "offset": 1872628,
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
                "offset": 1872988,
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
                "offset": 1872996,
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
                "offset": 1873124,
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
                "offset": 1873128,
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
                "offset": 1873200,
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
                "offset": 1873204,
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
                "offset": 1873380,
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
                "offset": 1873388,
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
                "offset": 1873748,
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
                "offset": 1873756,
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
                "offset": 1873932,
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
                "offset": 1873936,
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
                "offset": 1874008,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874012,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874236,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874244,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874604,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874612,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874836,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874840,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874912,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1874916,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 34,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875188,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875196,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875556,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875564,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875836,
                "length": 2,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875840,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 2,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.2.0.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.2.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.2.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.2.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1875912,
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
                "offset": 1875916,
                "length": 960,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 80,
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
                "offset": 1876876,
                "length": 10,
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
                "offset": 1876888,
                "length": 400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 50,
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
                "offset": 1877288,
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
                "offset": 1877296,
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
                "offset": 1877656,
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
                "offset": 1877664,
                "length": 400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 100,
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
                "offset": 1878064,
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
                "offset": 1878068,
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
                "offset": 1878140,
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
                "offset": 1878144,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 56,
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
                "offset": 1878592,
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
                "offset": 1878600,
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
                "offset": 1878960,
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
                "offset": 1878968,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 112,
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
                "offset": 1879416,
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
                "offset": 1879420,
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
                "offset": 1879492,
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
                "offset": 1879496,
                "length": 496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 62,
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
                "offset": 1879992,
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
                "offset": 1880000,
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
                "offset": 1880360,
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
                "offset": 1880368,
                "length": 496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 124,
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
                "offset": 1880864,
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
                "offset": 1880868,
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
                "offset": 1880940,
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
                "offset": 1880944,
                "length": 544,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 68,
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
                "offset": 1881488,
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
                "offset": 1881496,
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
                "offset": 1881856,
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
                "offset": 1881864,
                "length": 544,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 136,
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
                "offset": 1882408,
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
                "offset": 1882412,
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
                "offset": 1882484,
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
                "offset": 1882488,
                "length": 2960,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 148,
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
                "offset": 1885448,
                "length": 18,
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
                "offset": 1885468,
                "length": 4416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 46,
                    "inChannels": 92,
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
                "offset": 1889884,
                "length": 46,
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
                "offset": 1889932,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 46,
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
                "offset": 1890300,
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
                "offset": 1890308,
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
                "offset": 1890668,
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
                "offset": 1890676,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 92,
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
                "offset": 1891044,
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
                "offset": 1891048,
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
                "offset": 1891120,
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
                "offset": 1891124,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 52,
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
                "offset": 1891540,
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
                "offset": 1891548,
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
                "offset": 1891908,
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
                "offset": 1891916,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 104,
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
                "offset": 1892332,
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
                "offset": 1892336,
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
                "offset": 1892408,
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
                "offset": 1892412,
                "length": 464,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 58,
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
                "offset": 1892876,
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
                "offset": 1892884,
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
                "offset": 1893244,
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
                "offset": 1893252,
                "length": 464,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 116,
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
                "offset": 1893716,
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
                "offset": 1893720,
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
                "offset": 1893792,
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
                "offset": 1893796,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 64,
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
                "offset": 1894308,
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
                "offset": 1894316,
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
                "offset": 1894676,
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
                "offset": 1894684,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 128,
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
                "offset": 1895196,
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
                "offset": 1895200,
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
                "offset": 1895272,
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
                "offset": 1895276,
                "length": 2800,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 17,
                    "inChannels": 140,
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
                "offset": 1898076,
                "length": 17,
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
                "offset": 1898096,
                "length": 696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 87,
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
                "offset": 1898792,
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
                "offset": 1898800,
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
                "offset": 1899160,
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
                "offset": 1899168,
                "length": 560,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 140,
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
                "offset": 1899728,
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
                "offset": 1899732,
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
                "offset": 1899804,
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
                "offset": 1899808,
                "length": 744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 93,
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
                "offset": 1900552,
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
                "offset": 1900560,
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
                "offset": 1900920,
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
                "offset": 1900928,
                "length": 608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 152,
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
                "offset": 1901536,
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
                "offset": 1901540,
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
                "offset": 1901612,
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
                "offset": 1901616,
                "length": 792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 99,
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
                "offset": 1902408,
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
                "offset": 1902416,
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
                "offset": 1902776,
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
                "offset": 1902784,
                "length": 656,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 164,
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
                "offset": 1903440,
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
                "offset": 1903444,
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
                "offset": 1903516,
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
                "offset": 1903520,
                "length": 840,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 105,
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
                "offset": 1904360,
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
                "offset": 1904368,
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
                "offset": 1904728,
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
                "offset": 1904736,
                "length": 704,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 176,
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
                "offset": 1905440,
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
                "offset": 1905444,
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
                "offset": 1905516,
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
                "offset": 1905520,
                "length": 5264,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 27,
                    "inChannels": 188,
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
                "offset": 1910784,
                "length": 27,
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
                "offset": 1910812,
                "length": 9936,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 69,
                    "inChannels": 138,
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
                "offset": 1920748,
                "length": 69,
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
                "offset": 1920820,
                "length": 552,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 69,
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
                "offset": 1921372,
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
                "offset": 1921380,
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
                "offset": 1921812,
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
                "offset": 1921820,
                "length": 600,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 75,
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
                "offset": 1922420,
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
                "offset": 1922428,
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
                "offset": 1922860,
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
                "offset": 1922868,
                "length": 648,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 81,
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
                "offset": 1923516,
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
                "offset": 1923524,
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
                "offset": 1923956,
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
                "offset": 1923964,
                "length": 696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 87,
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
                "offset": 1924660,
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
                "offset": 1924668,
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
                "offset": 1925100,
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
                "offset": 1925108,
                "length": 107136,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 93,
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
                "offset": 2032244,
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
                "offset": 2032372,
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
                "offset": 2179828,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.weight",
                "source": {
                    "key": "classifier.4.linear.weight"
                },
                "offset": 2179956,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.4.linear.bias",
                "source": {
                    "key": "classifier.4.linear.bias"
                },
                "offset": 2181236,
                "length": 10,
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
                "offset": 2181248,
                "length": 744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 93,
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
                "offset": 2181992,
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
                "offset": 2182000,
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
                "offset": 2182432,
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
                "offset": 2182440,
                "length": 792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 99,
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
                "offset": 2183232,
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
                "offset": 2183240,
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
                "offset": 2183672,
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
                "offset": 2183680,
                "length": 840,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 105,
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
                "offset": 2184520,
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
                "offset": 2184528,
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
                "offset": 2184960,
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
                "offset": 2184968,
                "length": 888,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 111,
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
                "offset": 2185856,
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
                "offset": 2185864,
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
                "offset": 2186296,
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
                "offset": 2186304,
                "length": 134784,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 117,
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
                "offset": 2321088,
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
                "offset": 2321216,
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
                "offset": 2468672,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.weight",
                "source": {
                    "key": "classifier.5.linear.weight"
                },
                "offset": 2468800,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.5.linear.bias",
                "source": {
                    "key": "classifier.5.linear.bias"
                },
                "offset": 2470080,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470092,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470220,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470228,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470588,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470596,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 16,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470660,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470664,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470700,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470704,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 22,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470880,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2470888,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471248,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471256,
                "length": 88,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 22,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471344,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471348,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471384,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471388,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471612,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471620,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471980,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2471988,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 28,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472100,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472104,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472140,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472144,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 34,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472416,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472424,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472784,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472792,
                "length": 136,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 34,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472928,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472932,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.0.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.0.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.0.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.0.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472968,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.conv_last.net.1.weight",
                        "bias": "scale_flows.3.0.conv_last.net.1.bias",
                        "mean": "scale_flows.3.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2472972,
                "length": 480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 40,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.conv_last.net.1.weight",
                        "bias": "scale_flows.3.0.conv_last.net.1.bias",
                        "mean": "scale_flows.3.0.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.0.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473452,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473464,
                "length": 400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 50,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473864,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2473872,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474232,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474240,
                "length": 200,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 50,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474440,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474444,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474480,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474484,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474932,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2474940,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475300,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475308,
                "length": 224,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 56,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475532,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475536,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475572,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2475576,
                "length": 496,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 62,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476072,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476080,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476440,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476448,
                "length": 248,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 62,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476696,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476700,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476736,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2476740,
                "length": 544,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477284,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477292,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477652,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477660,
                "length": 272,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 68,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477932,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477936,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.1.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.1.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.1.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.1.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477972,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.conv_last.net.1.weight",
                        "bias": "scale_flows.3.1.conv_last.net.1.bias",
                        "mean": "scale_flows.3.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2477976,
                "length": 1480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 18,
                    "inChannels": 74,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.conv_last.net.1.weight",
                        "bias": "scale_flows.3.1.conv_last.net.1.bias",
                        "mean": "scale_flows.3.1.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.1.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2479456,
                "length": 18,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.1.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.trans.net.1.weight",
                        "bias": "scale_flows.3.1.trans.net.1.bias",
                        "mean": "scale_flows.3.1.trans.net.1.running_mean",
                        "variance": "scale_flows.3.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2479476,
                "length": 4416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 46,
                    "inChannels": 92,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.1.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.1.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.1.trans.net.1.weight",
                        "bias": "scale_flows.3.1.trans.net.1.bias",
                        "mean": "scale_flows.3.1.trans.net.1.running_mean",
                        "variance": "scale_flows.3.1.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2483892,
                "length": 46,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2483940,
                "length": 368,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 46,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484308,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484316,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484676,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484684,
                "length": 184,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 46,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484868,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484872,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484908,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2484912,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485328,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485336,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485696,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485704,
                "length": 208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 52,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485912,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485916,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485952,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2485956,
                "length": 464,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 58,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486420,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486428,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486788,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2486796,
                "length": 232,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 58,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487028,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487032,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487068,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487072,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487584,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487592,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487952,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2487960,
                "length": 256,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 64,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488216,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488220,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488256,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.conv_last.net.1.weight",
                        "bias": "scale_flows.3.2.conv_last.net.1.bias",
                        "mean": "scale_flows.3.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2488260,
                "length": 1400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 17,
                    "inChannels": 70,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.conv_last.net.1.weight",
                        "bias": "scale_flows.3.2.conv_last.net.1.bias",
                        "mean": "scale_flows.3.2.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.2.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2489660,
                "length": 17,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2489680,
                "length": 696,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490376,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490384,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490744,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2490752,
                "length": 348,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491100,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491104,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491140,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491144,
                "length": 744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491888,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2491896,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492256,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492264,
                "length": 372,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492636,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492640,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492676,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2492680,
                "length": 792,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493472,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493480,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493840,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2493848,
                "length": 396,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494244,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494248,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494284,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2494288,
                "length": 840,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495128,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495136,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495496,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495504,
                "length": 420,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495924,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495928,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.3.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.3.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495964,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.conv_last.net.1.weight",
                        "bias": "scale_flows.3.3.conv_last.net.1.bias",
                        "mean": "scale_flows.3.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2495968,
                "length": 3108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 27,
                    "inChannels": 111,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.conv_last.net.1.weight",
                        "bias": "scale_flows.3.3.conv_last.net.1.bias",
                        "mean": "scale_flows.3.3.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.3.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2499076,
                "length": 27,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2499104,
                "length": 1104,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 138,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500208,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500216,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500576,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500584,
                "length": 276,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 69,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500860,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500864,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500900,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2500904,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 144,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502056,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502064,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502424,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502432,
                "length": 300,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 75,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502732,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502736,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502772,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2502776,
                "length": 1200,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 150,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2503976,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2503984,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504344,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504352,
                "length": 324,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 81,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504676,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504680,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504716,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2504720,
                "length": 1248,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 156,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2505968,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2505976,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506336,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506344,
                "length": 348,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 87,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506692,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506696,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.4.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.4.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.4.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.4.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506732,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.conv_last.net.1.weight",
                        "bias": "scale_flows.3.4.conv_last.net.1.bias",
                        "mean": "scale_flows.3.4.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.4.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2506736,
                "length": 3720,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 40,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.conv_last.net.1.weight",
                        "bias": "scale_flows.3.4.conv_last.net.1.bias",
                        "mean": "scale_flows.3.4.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.4.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2510456,
                "length": 40,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.4.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.4.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.trans.net.1.weight",
                        "bias": "scale_flows.3.4.trans.net.1.bias",
                        "mean": "scale_flows.3.4.trans.net.1.running_mean",
                        "variance": "scale_flows.3.4.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2510496,
                "length": 21008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 101,
                    "inChannels": 202,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.4.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.4.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.4.trans.net.1.weight",
                        "bias": "scale_flows.3.4.trans.net.1.bias",
                        "mean": "scale_flows.3.4.trans.net.1.running_mean",
                        "variance": "scale_flows.3.4.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2531504,
                "length": 101,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2531608,
                "length": 808,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 101,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532416,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532424,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532784,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2532792,
                "length": 372,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 93,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533164,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533168,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.0.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.0.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.0.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.0.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.0.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533204,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2533208,
                "length": 856,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 107,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534064,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534072,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534432,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534440,
                "length": 396,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 99,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534836,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534840,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.1.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.1.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.1.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.1.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.1.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534876,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2534880,
                "length": 904,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 113,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2535784,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2535792,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536152,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536160,
                "length": 420,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 105,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536580,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536584,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.2.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.2.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.2.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.2.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.2.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536620,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2536624,
                "length": 952,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 119,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537576,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537584,
                "length": 360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 5,
                    "inChannels": 5,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537944,
                "length": 5,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2537952,
                "length": 444,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 111,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.1.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.1.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538396,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538400,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.5.layers.3.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.layers.3.conv_up.net.4.weight",
                        "bias": "scale_flows.3.5.layers.3.conv_up.net.4.bias",
                        "mean": "scale_flows.3.5.layers.3.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.5.layers.3.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538436,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.5.conv_last.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.5.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.conv_last.net.1.weight",
                        "bias": "scale_flows.3.5.conv_last.net.1.bias",
                        "mean": "scale_flows.3.5.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.5.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2538440,
                "length": 3744,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 31,
                    "inChannels": 117,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.5.conv_last.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.5.conv_last.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.5.conv_last.net.1.weight",
                        "bias": "scale_flows.3.5.conv_last.net.1.bias",
                        "mean": "scale_flows.3.5.conv_last.net.1.running_mean",
                        "variance": "scale_flows.3.5.conv_last.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2542184,
                "length": 31,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2542216,
                "length": 1248,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 156,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543464,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543472,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543904,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2543912,
                "length": 1296,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 162,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545208,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545216,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545648,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2545656,
                "length": 1344,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 168,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547000,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547008,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547440,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2547448,
                "length": 1392,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 174,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2548840,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2548848,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.6.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.6.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.6.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.6.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.6.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2549280,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.6.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.6.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.0.net.1.weight",
                        "bias": "classifier.6.m.0.net.1.bias",
                        "mean": "classifier.6.m.0.net.1.running_mean",
                        "variance": "classifier.6.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2549288,
                "length": 207360,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 180,
                    "taps": 9
                }
            },
            {
                "name": "classifier.6.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.6.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.0.net.1.weight",
                        "bias": "classifier.6.m.0.net.1.bias",
                        "mean": "classifier.6.m.0.net.1.running_mean",
                        "variance": "classifier.6.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2756648,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.6.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.6.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.1.net.1.weight",
                        "bias": "classifier.6.m.1.net.1.bias",
                        "mean": "classifier.6.m.1.net.1.running_mean",
                        "variance": "classifier.6.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2756776,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.6.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.6.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.6.m.1.net.1.weight",
                        "bias": "classifier.6.m.1.net.1.bias",
                        "mean": "classifier.6.m.1.net.1.running_mean",
                        "variance": "classifier.6.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2904232,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.6.linear.weight",
                "source": {
                    "key": "classifier.6.linear.weight"
                },
                "offset": 2904360,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.6.linear.bias",
                "source": {
                    "key": "classifier.6.linear.bias"
                },
                "offset": 2905640,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2905652,
                "length": 1440,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 180,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907092,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907100,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.0.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.0.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.0.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.0.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.0.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907532,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2907540,
                "length": 1488,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 186,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909028,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909036,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.1.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.1.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.1.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.1.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.1.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909468,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2909476,
                "length": 1536,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 192,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911012,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911020,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.2.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.2.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.2.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.2.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.2.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911452,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2911460,
                "length": 1584,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 198,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913044,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913052,
                "length": 432,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 6,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.7.layers.3.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.7.layers.3.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.7.layers.3.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.7.layers.3.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.7.layers.3.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913484,
                "length": 6,
                "layout": "plain"
            },
            {
                "name": "classifier.7.m.0.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.7.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.0.net.1.weight",
                        "bias": "classifier.7.m.0.net.1.bias",
                        "mean": "classifier.7.m.0.net.1.running_mean",
                        "variance": "classifier.7.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 2913492,
                "length": 235008,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 204,
                    "taps": 9
                }
            },
            {
                "name": "classifier.7.m.0.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.7.m.0.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.0.net.1.weight",
                        "bias": "classifier.7.m.0.net.1.bias",
                        "mean": "classifier.7.m.0.net.1.running_mean",
                        "variance": "classifier.7.m.0.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 3148500,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.7.m.1.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "classifier.7.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.1.net.1.weight",
                        "bias": "classifier.7.m.1.net.1.bias",
                        "mean": "classifier.7.m.1.net.1.running_mean",
                        "variance": "classifier.7.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 3148628,
                "length": 147456,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 128,
                    "inChannels": 128,
                    "taps": 9
                }
            },
            {
                "name": "classifier.7.m.1.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "classifier.7.m.1.net.0.weight"
                    },
                    "bn": {
                        "weight": "classifier.7.m.1.net.1.weight",
                        "bias": "classifier.7.m.1.net.1.bias",
                        "mean": "classifier.7.m.1.net.1.running_mean",
                        "variance": "classifier.7.m.1.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 3296084,
                "length": 128,
                "layout": "plain"
            },
            {
                "name": "classifier.7.linear.weight",
                "source": {
                    "key": "classifier.7.linear.weight"
                },
                "offset": 3296212,
                "length": 1280,
                "layout": "plain"
            },
            {
                "name": "classifier.7.linear.bias",
                "source": {
                    "key": "classifier.7.linear.bias"
                },
                "offset": 3297492,
                "length": 10,
                "layout": "plain"
            }
        ]
    },
    "control": {
        "words": 209,
        "counts": 0,
        "ids": [
            9,
            73
        ],
        "source": 137,
        "thresholds": 201
    },
    "output": {
        "words": 6336,
        "final": 0,
        "perExit": 192,
        "logits": 1216
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
            "code": "// linear {\"features\":128,\"classes\":10,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 128u;\nconst CLASSES = 10u;\nvar<workgroup> feature: array<f32, 128>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit0",
            "code": "// exit 0\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 0: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 15>(40u, 32u, 64u, 64u, 24u, 6u, 24u, 6u, 24u, 6u, 24u, 6u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[0u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[201u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[9u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[1216u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[192u + original * 2u] = cls;\n      results[192u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 0u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[73u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[1u] = kept;\n    for (var i = 0u; i < 15u; i++) {\n      args[(15u + i) * 3u] = NEXT_ARGS[i];\n      args[(15u + i) * 3u + 1u] = 1u;\n      args[(15u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":10240,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 10240 elements per sample written so far move.\nconst PER_SAMPLE = 10240u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":8192,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 8192 elements per sample written so far move.\nconst PER_SAMPLE = 8192u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":16384,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 16384 elements per sample written so far move.\nconst PER_SAMPLE = 16384u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit1",
            "code": "// exit 1\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 1: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 51>(64u, 32u, 64u, 64u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 5u, 3u, 3u, 1u, 34u, 10u, 23u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[1u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[202u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[73u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[1856u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[320u + original * 2u] = cls;\n      results[320u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 1u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[9u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[2u] = kept;\n    for (var i = 0u; i < 51u; i++) {\n      args[(30u + i) * 3u] = NEXT_ARGS[i];\n      args[(30u + i) * 3u + 1u] = 1u;\n      args[(30u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
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
            "code": "// exit 2\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 2: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 16>(136u, 47u, 35u, 64u, 64u, 6u, 3u, 6u, 3u, 6u, 3u, 6u, 3u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[2u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[203u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[9u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[2496u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[448u + original * 2u] = cls;\n      results[448u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 2u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[73u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[3u] = kept;\n    for (var i = 0u; i < 16u; i++) {\n      args[(81u + i) * 3u] = NEXT_ARGS[i];\n      args[(81u + i) * 3u + 1u] = 1u;\n      args[(81u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":34816,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 34816 elements per sample written so far move.\nconst PER_SAMPLE = 34816u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":11840,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 11840 elements per sample written so far move.\nconst PER_SAMPLE = 11840u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":8960,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 8960 elements per sample written so far move.\nconst PER_SAMPLE = 8960u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit3",
            "code": "// exit 3\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 3: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 88>(136u, 47u, 47u, 64u, 64u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 3u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 2u, 1u, 1u, 68u, 5u, 12u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 5u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 27u, 7u, 18u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[3u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[204u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[73u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[3136u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[576u + original * 2u] = cls;\n      results[576u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 3u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[9u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[4u] = kept;\n    for (var i = 0u; i < 88u; i++) {\n      args[(97u + i) * 3u] = NEXT_ARGS[i];\n      args[(97u + i) * 3u + 1u] = 1u;\n      args[(97u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":12032,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 12032 elements per sample written so far move.\nconst PER_SAMPLE = 12032u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
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
            "code": "// exit 4\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 4: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 17>(272u, 92u, 105u, 35u, 24u, 64u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[4u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[205u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[9u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[3776u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[704u + original * 2u] = cls;\n      results[704u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 4u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[73u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[5u] = kept;\n    for (var i = 0u; i < 17u; i++) {\n      args[(185u + i) * 3u] = NEXT_ARGS[i];\n      args[(185u + i) * 3u + 1u] = 1u;\n      args[(185u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":69632,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 69632 elements per sample written so far move.\nconst PER_SAMPLE = 69632u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":23552,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 23552 elements per sample written so far move.\nconst PER_SAMPLE = 23552u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":26880,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 26880 elements per sample written so far move.\nconst PER_SAMPLE = 26880u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":8832,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 8832 elements per sample written so far move.\nconst PER_SAMPLE = 8832u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":5952,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 5952 elements per sample written so far move.\nconst PER_SAMPLE = 5952u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit5",
            "code": "// exit 5\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 5: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 123>(272u, 92u, 105u, 35u, 30u, 64u, 8u, 8u, 4u, 4u, 8u, 8u, 4u, 4u, 8u, 8u, 4u, 4u, 8u, 8u, 4u, 4u, 12u, 8u, 8u, 4u, 4u, 8u, 8u, 4u, 4u, 8u, 8u, 4u, 4u, 8u, 8u, 4u, 4u, 5u, 48u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 5u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 8u, 1u, 1u, 8u, 2u, 1u, 1u, 105u, 7u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 10u, 26u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 2u, 2u, 1u, 1u, 30u, 8u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[5u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[206u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[73u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[4416u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[832u + original * 2u] = cls;\n      results[832u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 5u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[9u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[6u] = kept;\n    for (var i = 0u; i < 123u; i++) {\n      args[(202u + i) * 3u] = NEXT_ARGS[i];\n      args[(202u + i) * 3u + 1u] = 1u;\n      args[(202u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":7488,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 7488 elements per sample written so far move.\nconst PER_SAMPLE = 7488u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit6",
            "code": "// exit 6\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 6: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nconst NEXT_ARGS = array<u32, 12>(45u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 2u, 32u, 32u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[6u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[207u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[9u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[5056u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[960u + original * 2u] = cls;\n      results[960u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 6u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[73u + to] = original;\n      ctl[137u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[7u] = kept;\n    for (var i = 0u; i < 12u; i++) {\n      args[(325u + i) * 3u] = NEXT_ARGS[i];\n      args[(325u + i) * 3u + 1u] = 1u;\n      args[(325u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":11520,\"source\":137}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 11520 elements per sample written so far move.\nconst PER_SAMPLE = 11520u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[137u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "exit7",
            "code": "// exit 7\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 7: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. The last\n// exit takes every sample.\nconst CLASSES = 10u;\nconst MAX_BATCH = 64u;\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[7u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[208u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[73u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[5696u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[1088u + original * 2u] = cls;\n      results[1088u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (true) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 7u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n  }\n}\n",
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
                        6029312,
                        3072,
                        0,
                        94208,
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
                    "pipeline": 0,
                    "label": "FirstLayer.layers.1.net.0",
                    "params": [
                        16,
                        0,
                        94208,
                        6029312,
                        69632,
                        448,
                        2752,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 1
                    }
                },
                {
                    "pipeline": 1,
                    "label": "FirstLayer.layers.2.net.0",
                    "params": [
                        16,
                        6029312,
                        69632,
                        10485760,
                        34816,
                        2768,
                        7376,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 2
                    }
                },
                {
                    "pipeline": 2,
                    "label": "FirstLayer.layers.3.net.0",
                    "params": [
                        32,
                        10485760,
                        34816,
                        12713984,
                        16384,
                        7408,
                        25840,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 3
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "params": [
                        64,
                        12713984,
                        16384,
                        13762560,
                        4096,
                        25904,
                        30000,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 4
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "params": [
                        64,
                        13762560,
                        4096,
                        12718080,
                        16384,
                        30064,
                        43888,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 5
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "params": [
                        88,
                        12713984,
                        16384,
                        13762560,
                        5632,
                        43912,
                        51656,
                        88
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 22,
                        "argsSlot": 6
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "params": [
                        88,
                        13762560,
                        5632,
                        12719616,
                        16384,
                        51744,
                        70752,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 7
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.2.conv_normal.net.0",
                    "params": [
                        112,
                        12713984,
                        16384,
                        13762560,
                        6144,
                        70776,
                        81528,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 8
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.2.conv_normal.net.3",
                    "params": [
                        96,
                        13762560,
                        6144,
                        12721152,
                        16384,
                        81624,
                        102360,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 9
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.0.layers.3.conv_normal.net.0",
                    "params": [
                        136,
                        12713984,
                        16384,
                        13762560,
                        6144,
                        102384,
                        115440,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 10
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.0.layers.3.conv_normal.net.3",
                    "params": [
                        96,
                        13762560,
                        6144,
                        12722688,
                        16384,
                        115536,
                        136272,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 11
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.0.m.0.net.0",
                    "params": [
                        160,
                        12713984,
                        16384,
                        13762560,
                        2048,
                        136296,
                        320616,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 12
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.0.m.1.net.0",
                    "params": [
                        128,
                        13762560,
                        2048,
                        13893632,
                        512,
                        320744,
                        468200,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 13
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.0.linear",
                    "params": [
                        13893632,
                        512,
                        13762560,
                        10,
                        468328,
                        469608
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 14
                    }
                },
                {
                    "pipeline": 8,
                    "label": "exit0",
                    "params": [
                        13762560,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 9,
                    "label": "gather4",
                    "params": [
                        12713984,
                        16384,
                        18743296,
                        16384
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 40,
                        "argsSlot": 15
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather3",
                    "params": [
                        10485760,
                        34816,
                        16515072,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 16
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather2",
                    "params": [
                        6029312,
                        69632,
                        12058624,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 17
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather1",
                    "params": [
                        0,
                        94208,
                        6029312,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 18
                    }
                }
            ],
            "argsX": [
                16,
                16,
                8,
                16,
                16,
                6,
                22,
                6,
                24,
                6,
                24,
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
                        160,
                        18743296,
                        16384,
                        0,
                        6144,
                        469620,
                        484980,
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
                    "label": "scale_flows.0.1.layers.0.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        18753536,
                        16384,
                        485076,
                        505812,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 20
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.0",
                    "params": [
                        184,
                        18743296,
                        16384,
                        0,
                        6144,
                        505836,
                        523500,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 21
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.1.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        18755072,
                        16384,
                        523596,
                        544332,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 22
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.2.conv_normal.net.0",
                    "params": [
                        208,
                        18743296,
                        16384,
                        0,
                        6144,
                        544356,
                        564324,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 23
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.2.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        18756608,
                        16384,
                        564420,
                        585156,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 24
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.0.1.layers.3.conv_normal.net.0",
                    "params": [
                        232,
                        18743296,
                        16384,
                        0,
                        6144,
                        585180,
                        607452,
                        96
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 25
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.0.1.layers.3.conv_normal.net.3",
                    "params": [
                        96,
                        0,
                        6144,
                        18758144,
                        16384,
                        607548,
                        628284,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 26
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.1.m.0.net.0",
                    "params": [
                        256,
                        18743296,
                        16384,
                        0,
                        2048,
                        628308,
                        923220,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 27
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
                        923348,
                        1070804,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 28
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.1.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        1070932,
                        1072212
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 29
                    }
                },
                {
                    "pipeline": 12,
                    "label": "exit1",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather12",
                    "params": [
                        18743296,
                        16384,
                        23199744,
                        16384
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 30
                    }
                },
                {
                    "pipeline": 10,
                    "label": "gather13",
                    "params": [
                        16515072,
                        34816,
                        20971520,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 31
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather14",
                    "params": [
                        12058624,
                        69632,
                        16515072,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 32
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather15",
                    "params": [
                        6029312,
                        94208,
                        0,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 33
                    }
                }
            ],
            "argsX": [
                40,
                32,
                64,
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
            "argsBase": 15
        },
        {
            "exit": 2,
            "dispatches": [
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "params": [
                        32,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1072224,
                        1072864,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 34
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        20980480,
                        34816,
                        1072884,
                        1074828,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 35
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "params": [
                        64,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1074840,
                        1075608,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 36
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        20979712,
                        34816,
                        1075620,
                        1076052,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 37
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "params": [
                        44,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1076056,
                        1076936,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 38
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        20983552,
                        34816,
                        1076956,
                        1078900,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 39
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "params": [
                        88,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1078912,
                        1079968,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 40
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        20982784,
                        34816,
                        1079980,
                        1080412,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 41
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.0.layers.2.conv_normal.net.0",
                    "params": [
                        56,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1080416,
                        1081536,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 42
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.2.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        20986624,
                        34816,
                        1081556,
                        1083500,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 43
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.2.conv_up.net.0",
                    "params": [
                        112,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1083512,
                        1084856,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 44
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.2.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        20985856,
                        34816,
                        1084868,
                        1085300,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 45
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.0.layers.3.conv_normal.net.0",
                    "params": [
                        68,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1085304,
                        1086664,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 46
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.3.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        20989696,
                        34816,
                        1086684,
                        1088628,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 47
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.0.layers.3.conv_up.net.0",
                    "params": [
                        136,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1088640,
                        1090272,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 48
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.3.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        20988928,
                        34816,
                        1090284,
                        1090716,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 49
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "params": [
                        160,
                        23199744,
                        16384,
                        20992000,
                        34816,
                        1090720,
                        1093920,
                        20
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 50
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "params": [
                        100,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1093940,
                        1095940,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 51
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        20997888,
                        34816,
                        1095960,
                        1097904,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 52
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.0",
                    "params": [
                        160,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1097916,
                        1099836,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 53
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.0.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        20997120,
                        34816,
                        1099848,
                        1100280,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 54
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "params": [
                        112,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1100284,
                        1102524,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 55
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        21000960,
                        34816,
                        1102544,
                        1104488,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 56
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.0",
                    "params": [
                        184,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1104500,
                        1106708,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 57
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.1.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        21000192,
                        34816,
                        1106720,
                        1107152,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 58
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.0",
                    "params": [
                        124,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1107156,
                        1109636,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 59
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        21004032,
                        34816,
                        1109656,
                        1111600,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 60
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.2.conv_up.net.0",
                    "params": [
                        208,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1111612,
                        1114108,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 61
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.1.layers.2.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        21003264,
                        34816,
                        1114120,
                        1114552,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 62
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.0",
                    "params": [
                        136,
                        20971520,
                        34816,
                        6029312,
                        4608,
                        1114556,
                        1117276,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 63
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.3",
                    "params": [
                        18,
                        6029312,
                        4608,
                        6808256,
                        11840,
                        1117296,
                        1119240,
                        9
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 64
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.layers.3.conv_up.net.0",
                    "params": [
                        232,
                        23199744,
                        16384,
                        6029312,
                        768,
                        1119252,
                        1122036,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 65
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.1.layers.3.conv_up.net.3",
                    "params": [
                        12,
                        6029312,
                        768,
                        6808064,
                        11840,
                        1122048,
                        1122480,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 66
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.1.1.layers.3.x.resize",
                    "params": [
                        136,
                        20971520,
                        34816,
                        6799360,
                        11840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 34,
                        "argsSlot": 67
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.conv_last.net.0",
                    "params": [
                        256,
                        23199744,
                        16384,
                        6808832,
                        11840,
                        1122484,
                        1132724,
                        37
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 68
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.1.trans.net.0",
                    "params": [
                        185,
                        6799360,
                        11840,
                        6029312,
                        12032,
                        1132764,
                        1149784,
                        92
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 23,
                        "argsSlot": 69
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.0",
                    "params": [
                        92,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1149876,
                        1152084,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 70
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.0.conv_normal.net.3",
                    "params": [
                        24,
                        7557120,
                        1536,
                        6035200,
                        12032,
                        1152108,
                        1154700,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 71
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.0",
                    "params": [
                        104,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1154712,
                        1157208,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 72
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.2.layers.1.conv_normal.net.3",
                    "params": [
                        24,
                        7557120,
                        1536,
                        6035968,
                        12032,
                        1157232,
                        1159824,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 73
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.2.layers.2.conv_normal.net.0",
                    "params": [
                        116,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1159836,
                        1162620,
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
                    "label": "scale_flows.1.2.layers.2.conv_normal.net.3",
                    "params": [
                        24,
                        7557120,
                        1536,
                        6036736,
                        12032,
                        1162644,
                        1165236,
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
                    "label": "scale_flows.1.2.layers.3.conv_normal.net.0",
                    "params": [
                        128,
                        6029312,
                        12032,
                        7557120,
                        1536,
                        1165248,
                        1168320,
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
                    "label": "scale_flows.1.2.layers.3.conv_normal.net.3",
                    "params": [
                        24,
                        7557120,
                        1536,
                        6037504,
                        12032,
                        1168344,
                        1170936,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 77
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.2.m.0.net.0",
                    "params": [
                        140,
                        6029312,
                        12032,
                        7557120,
                        2048,
                        1170948,
                        1332228,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 78
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.2.m.1.net.0",
                    "params": [
                        128,
                        7557120,
                        2048,
                        7688192,
                        512,
                        1332356,
                        1479812,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 79
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.2.linear",
                    "params": [
                        7688192,
                        512,
                        7557120,
                        10,
                        1479940,
                        1481220
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 80
                    }
                },
                {
                    "pipeline": 18,
                    "label": "exit2",
                    "params": [
                        7557120,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 19,
                    "label": "gather24",
                    "params": [
                        20971520,
                        34816,
                        23199744,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 136,
                        "argsSlot": 81
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather42",
                    "params": [
                        6799360,
                        11840,
                        26198016,
                        11840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 47,
                        "argsSlot": 82
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather44",
                    "params": [
                        6029312,
                        12032,
                        25427968,
                        12032
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 35,
                        "argsSlot": 83
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather25",
                    "params": [
                        16515072,
                        69632,
                        12058624,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 84
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather26",
                    "params": [
                        0,
                        94208,
                        6029312,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 85
                    }
                }
            ],
            "argsX": [
                64,
                32,
                64,
                64,
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
                5,
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
                34,
                10,
                23,
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
            "argsBase": 30
        },
        {
            "exit": 3,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.0",
                    "params": [
                        140,
                        25427968,
                        12032,
                        0,
                        1536,
                        1481232,
                        1484592,
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
                    "label": "scale_flows.1.3.layers.0.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        25436928,
                        12032,
                        1484616,
                        1487208,
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
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.0",
                    "params": [
                        152,
                        25427968,
                        12032,
                        0,
                        1536,
                        1487220,
                        1490868,
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
                    "label": "scale_flows.1.3.layers.1.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        25437696,
                        12032,
                        1490892,
                        1493484,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 89
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.2.conv_normal.net.0",
                    "params": [
                        164,
                        25427968,
                        12032,
                        0,
                        1536,
                        1493496,
                        1497432,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 90
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.2.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        25438464,
                        12032,
                        1497456,
                        1500048,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 91
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.1.3.layers.3.conv_normal.net.0",
                    "params": [
                        176,
                        25427968,
                        12032,
                        0,
                        1536,
                        1500060,
                        1504284,
                        24
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 6,
                        "argsSlot": 92
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.3.layers.3.conv_normal.net.3",
                    "params": [
                        24,
                        0,
                        1536,
                        25439232,
                        12032,
                        1504308,
                        1506900,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 93
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.3.m.0.net.0",
                    "params": [
                        188,
                        25427968,
                        12032,
                        0,
                        2048,
                        1506912,
                        1723488,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 94
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
                        1723616,
                        1871072,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 95
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.3.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        1871200,
                        1872480
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 96
                    }
                },
                {
                    "pipeline": 22,
                    "label": "exit3",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 19,
                    "label": "gather52",
                    "params": [
                        23199744,
                        34816,
                        20971520,
                        34816
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 136,
                        "argsSlot": 97
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather53",
                    "params": [
                        26198016,
                        11840,
                        23969792,
                        11840
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 47,
                        "argsSlot": 98
                    }
                },
                {
                    "pipeline": 23,
                    "label": "gather54",
                    "params": [
                        25427968,
                        12032,
                        23199744,
                        12032
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 47,
                        "argsSlot": 99
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather55",
                    "params": [
                        12058624,
                        69632,
                        16515072,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 100
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather56",
                    "params": [
                        6029312,
                        94208,
                        0,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 101
                    }
                }
            ],
            "argsX": [
                136,
                47,
                35,
                64,
                64,
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
            "argsBase": 81
        },
        {
            "exit": 4,
            "dispatches": [
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1872492,
                        1872620,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 102
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16532480,
                        69632,
                        1872628,
                        1872988,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 103
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "params": [
                        32,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1872996,
                        1873124,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 104
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16531456,
                        69632,
                        1873128,
                        1873200,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 105
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "params": [
                        22,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1873204,
                        1873380,
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
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16538624,
                        69632,
                        1873388,
                        1873748,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 107
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "params": [
                        44,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1873756,
                        1873932,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 108
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16537600,
                        69632,
                        1873936,
                        1874008,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 109
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.2.conv_normal.net.0",
                    "params": [
                        28,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1874012,
                        1874236,
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
                    "label": "scale_flows.2.0.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16544768,
                        69632,
                        1874244,
                        1874604,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 111
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.0.layers.2.conv_up.net.0",
                    "params": [
                        56,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1874612,
                        1874836,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 112
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16543744,
                        69632,
                        1874840,
                        1874912,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 113
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.3.conv_normal.net.0",
                    "params": [
                        34,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1874916,
                        1875188,
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
                    "label": "scale_flows.2.0.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16550912,
                        69632,
                        1875196,
                        1875556,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 115
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.0.layers.3.conv_up.net.0",
                    "params": [
                        68,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1875564,
                        1875836,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 116
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16549888,
                        69632,
                        1875840,
                        1875912,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 117
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "params": [
                        80,
                        20971520,
                        34816,
                        16556032,
                        69632,
                        1875916,
                        1876876,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 118
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "params": [
                        50,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1876888,
                        1877288,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 119
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16567296,
                        69632,
                        1877296,
                        1877656,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 120
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "params": [
                        100,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1877664,
                        1878064,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 121
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16566272,
                        69632,
                        1878068,
                        1878140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 122
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "params": [
                        56,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1878144,
                        1878592,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 123
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16573440,
                        69632,
                        1878600,
                        1878960,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 124
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "params": [
                        112,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1878968,
                        1879416,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 125
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16572416,
                        69632,
                        1879420,
                        1879492,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 126
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.0",
                    "params": [
                        62,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1879496,
                        1879992,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 127
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        16579584,
                        69632,
                        1880000,
                        1880360,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 128
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.0",
                    "params": [
                        124,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1880368,
                        1880864,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 129
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        16578560,
                        69632,
                        1880868,
                        1880940,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 130
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.0",
                    "params": [
                        68,
                        16515072,
                        69632,
                        6029312,
                        5120,
                        1880944,
                        1881488,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 131
                    }
                },
                {
                    "pipeline": 1,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        6029312,
                        5120,
                        7767296,
                        23552,
                        1881496,
                        1881856,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 132
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.0",
                    "params": [
                        136,
                        20971520,
                        34816,
                        6029312,
                        512,
                        1881864,
                        1882408,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 133
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        6029312,
                        512,
                        7767040,
                        23552,
                        1882412,
                        1882484,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 134
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.2.1.layers.3.x.resize",
                    "params": [
                        68,
                        16515072,
                        69632,
                        7749632,
                        23552
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 68,
                        "argsSlot": 135
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "params": [
                        148,
                        23969792,
                        11840,
                        7768576,
                        23552,
                        1882488,
                        1885448,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 136
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.1.trans.net.0",
                    "params": [
                        92,
                        7749632,
                        23552,
                        6029312,
                        26880,
                        1885468,
                        1889884,
                        46
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 137
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "params": [
                        46,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1889932,
                        1890300,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 138
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6041344,
                        26880,
                        1890308,
                        1890668,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 139
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.0",
                    "params": [
                        92,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1890676,
                        1891044,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 140
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6041088,
                        26880,
                        1891048,
                        1891120,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 141
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "params": [
                        52,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1891124,
                        1891540,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 142
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6042880,
                        26880,
                        1891548,
                        1891908,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 143
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.0",
                    "params": [
                        104,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1891916,
                        1892332,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 144
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6042624,
                        26880,
                        1892336,
                        1892408,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 145
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.0",
                    "params": [
                        58,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1892412,
                        1892876,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 146
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6044416,
                        26880,
                        1892884,
                        1893244,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 147
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.2.layers.2.conv_up.net.0",
                    "params": [
                        116,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1893252,
                        1893716,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 148
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6044160,
                        26880,
                        1893720,
                        1893792,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 149
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.0",
                    "params": [
                        64,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1893796,
                        1894308,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 150
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6045952,
                        26880,
                        1894316,
                        1894676,
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
                    "label": "scale_flows.2.2.layers.3.conv_up.net.0",
                    "params": [
                        128,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1894684,
                        1895196,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 152
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.2.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6045696,
                        26880,
                        1895200,
                        1895272,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 153
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.2.conv_last.net.0",
                    "params": [
                        140,
                        23199744,
                        12032,
                        6047232,
                        26880,
                        1895276,
                        1898076,
                        17
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 154
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.0",
                    "params": [
                        87,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1898096,
                        1898792,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 155
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6051840,
                        26880,
                        1898800,
                        1899160,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 156
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.0",
                    "params": [
                        140,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1899168,
                        1899728,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 157
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6051584,
                        26880,
                        1899732,
                        1899804,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 158
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.0",
                    "params": [
                        93,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1899808,
                        1900552,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 159
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6053376,
                        26880,
                        1900560,
                        1900920,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 160
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.0",
                    "params": [
                        152,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1900928,
                        1901536,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 161
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6053120,
                        26880,
                        1901540,
                        1901612,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 162
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.3.layers.2.conv_normal.net.0",
                    "params": [
                        99,
                        6029312,
                        26880,
                        9256960,
                        1280,
                        1901616,
                        1902408,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 163
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.3.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        9256960,
                        1280,
                        6054912,
                        26880,
                        1902416,
                        1902776,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 164
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.2.conv_up.net.0",
                    "params": [
                        164,
                        23199744,
                        12032,
                        9256960,
                        128,
                        1902784,
                        1903440,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 165
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.3.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        9256960,
                        128,
                        6054656,
                        26880,
                        1903444,
                        1903516,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 166
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.2.3.layers.3.conv_normal.net.0",
                    "params": [
                        105,
                        6029312,
                        26880,
                        9822208,
                        1280,
                        1903520,
                        1904360,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 167
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.2.3.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        9822208,
                        1280,
                        9263744,
                        8832,
                        1904368,
                        1904728,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 168
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.layers.3.conv_up.net.0",
                    "params": [
                        176,
                        23199744,
                        12032,
                        9822208,
                        128,
                        1904736,
                        1905440,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 169
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.3.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        9822208,
                        128,
                        9263680,
                        8832,
                        1905444,
                        1905516,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 170
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.3.layers.3.x.resize",
                    "params": [
                        105,
                        6029312,
                        26880,
                        9256960,
                        8832
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 27,
                        "argsSlot": 171
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.conv_last.net.0",
                    "params": [
                        188,
                        23199744,
                        12032,
                        9264064,
                        8832,
                        1905520,
                        1910784,
                        27
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7,
                        "argsSlot": 172
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.3.trans.net.0",
                    "params": [
                        138,
                        9256960,
                        8832,
                        9822208,
                        7488,
                        1910812,
                        1920748,
                        69
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 18,
                        "argsSlot": 173
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.0",
                    "params": [
                        69,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1920820,
                        1921372,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 174
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        10301440,
                        384,
                        9826624,
                        7488,
                        1921380,
                        1921812,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 175
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.0",
                    "params": [
                        75,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1921820,
                        1922420,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 176
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        10301440,
                        384,
                        9827008,
                        7488,
                        1922428,
                        1922860,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 177
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.2.conv_normal.net.0",
                    "params": [
                        81,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1922868,
                        1923516,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 178
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        10301440,
                        384,
                        9827392,
                        7488,
                        1923524,
                        1923956,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 179
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.4.layers.3.conv_normal.net.0",
                    "params": [
                        87,
                        9822208,
                        7488,
                        10301440,
                        384,
                        1923964,
                        1924660,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 180
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.4.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        10301440,
                        384,
                        9827776,
                        7488,
                        1924668,
                        1925100,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 181
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.4.m.0.net.0",
                    "params": [
                        93,
                        9822208,
                        7488,
                        10301440,
                        2048,
                        1925108,
                        2032244,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 182
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.4.m.1.net.0",
                    "params": [
                        128,
                        10301440,
                        2048,
                        10432512,
                        512,
                        2032372,
                        2179828,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 183
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.4.linear",
                    "params": [
                        10432512,
                        512,
                        10301440,
                        10,
                        2179956,
                        2181236
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 184
                    }
                },
                {
                    "pipeline": 28,
                    "label": "exit4",
                    "params": [
                        10301440,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 29,
                    "label": "gather67",
                    "params": [
                        16515072,
                        69632,
                        12058624,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 272,
                        "argsSlot": 185
                    }
                },
                {
                    "pipeline": 30,
                    "label": "gather84",
                    "params": [
                        7749632,
                        23552,
                        18235392,
                        23552
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 92,
                        "argsSlot": 186
                    }
                },
                {
                    "pipeline": 31,
                    "label": "gather86",
                    "params": [
                        6029312,
                        26880,
                        16515072,
                        26880
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 105,
                        "argsSlot": 187
                    }
                },
                {
                    "pipeline": 32,
                    "label": "gather102",
                    "params": [
                        9256960,
                        8832,
                        19955712,
                        8832
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 35,
                        "argsSlot": 188
                    }
                },
                {
                    "pipeline": 33,
                    "label": "gather104",
                    "params": [
                        9822208,
                        7488,
                        21086208,
                        7488
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 24,
                        "argsSlot": 189
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather68",
                    "params": [
                        0,
                        94208,
                        6029312,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 190
                    }
                }
            ],
            "argsX": [
                136,
                47,
                47,
                64,
                64,
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
                8,
                1,
                1,
                3,
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
                68,
                5,
                12,
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
                27,
                7,
                18,
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
            "argsBase": 97
        },
        {
            "exit": 5,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.0",
                    "params": [
                        93,
                        21086208,
                        7488,
                        0,
                        384,
                        2181248,
                        2181992,
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
                    "label": "scale_flows.2.5.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        21092160,
                        7488,
                        2182000,
                        2182432,
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
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.0",
                    "params": [
                        99,
                        21086208,
                        7488,
                        0,
                        384,
                        2182440,
                        2183232,
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
                    "label": "scale_flows.2.5.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        21092544,
                        7488,
                        2183240,
                        2183672,
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
                    "label": "scale_flows.2.5.layers.2.conv_normal.net.0",
                    "params": [
                        105,
                        21086208,
                        7488,
                        0,
                        384,
                        2183680,
                        2184520,
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
                    "label": "scale_flows.2.5.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        21092928,
                        7488,
                        2184528,
                        2184960,
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
                    "label": "scale_flows.2.5.layers.3.conv_normal.net.0",
                    "params": [
                        111,
                        21086208,
                        7488,
                        0,
                        384,
                        2184968,
                        2185856,
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
                    "label": "scale_flows.2.5.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        21093312,
                        7488,
                        2185864,
                        2186296,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 198
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.5.m.0.net.0",
                    "params": [
                        117,
                        21086208,
                        7488,
                        0,
                        2048,
                        2186304,
                        2321088,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 199
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
                        2321216,
                        2468672,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 200
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.5.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        2468800,
                        2470080
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 201
                    }
                },
                {
                    "pipeline": 34,
                    "label": "exit5",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 29,
                    "label": "gather112",
                    "params": [
                        12058624,
                        69632,
                        0,
                        69632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 272,
                        "argsSlot": 202
                    }
                },
                {
                    "pipeline": 30,
                    "label": "gather113",
                    "params": [
                        18235392,
                        23552,
                        4456448,
                        23552
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 92,
                        "argsSlot": 203
                    }
                },
                {
                    "pipeline": 31,
                    "label": "gather114",
                    "params": [
                        16515072,
                        26880,
                        18235392,
                        26880
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 105,
                        "argsSlot": 204
                    }
                },
                {
                    "pipeline": 32,
                    "label": "gather115",
                    "params": [
                        19955712,
                        8832,
                        20520960,
                        8832
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 35,
                        "argsSlot": 205
                    }
                },
                {
                    "pipeline": 35,
                    "label": "gather116",
                    "params": [
                        21086208,
                        7488,
                        19955712,
                        7488
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 30,
                        "argsSlot": 206
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather117",
                    "params": [
                        6029312,
                        94208,
                        12058624,
                        94208
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 64,
                        "argsSlot": 207
                    }
                }
            ],
            "argsX": [
                272,
                92,
                105,
                35,
                24,
                64,
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
            "argsBase": 185
        },
        {
            "exit": 6,
            "dispatches": [
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2470092,
                        2470220,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 208
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12076032,
                        94208,
                        2470228,
                        2470588,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 209
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.0.conv_up.net.0",
                    "params": [
                        16,
                        0,
                        69632,
                        5963776,
                        1024,
                        2470596,
                        2470660,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 210
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12075008,
                        94208,
                        2470664,
                        2470700,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 211
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.1.conv_normal.net.0",
                    "params": [
                        22,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2470704,
                        2470880,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 212
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12082176,
                        94208,
                        2470888,
                        2471248,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 213
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.1.conv_up.net.0",
                    "params": [
                        22,
                        0,
                        69632,
                        5963776,
                        1024,
                        2471256,
                        2471344,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 214
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12081152,
                        94208,
                        2471348,
                        2471384,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 215
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.2.conv_normal.net.0",
                    "params": [
                        28,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2471388,
                        2471612,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 216
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12088320,
                        94208,
                        2471620,
                        2471980,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 217
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.2.conv_up.net.0",
                    "params": [
                        28,
                        0,
                        69632,
                        5963776,
                        1024,
                        2471988,
                        2472100,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 218
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12087296,
                        94208,
                        2472104,
                        2472140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 219
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.3.conv_normal.net.0",
                    "params": [
                        34,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2472144,
                        2472416,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 220
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12094464,
                        94208,
                        2472424,
                        2472784,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 221
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.3.conv_up.net.0",
                    "params": [
                        34,
                        0,
                        69632,
                        5963776,
                        1024,
                        2472792,
                        2472928,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 222
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.0.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12093440,
                        94208,
                        2472932,
                        2472968,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 223
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.conv_last.net.0",
                    "params": [
                        40,
                        0,
                        69632,
                        12099584,
                        94208,
                        2472972,
                        2473452,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 224
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.0.conv_normal.net.0",
                    "params": [
                        50,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2473464,
                        2473864,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 225
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12110848,
                        94208,
                        2473872,
                        2474232,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 226
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.0.conv_up.net.0",
                    "params": [
                        50,
                        0,
                        69632,
                        5963776,
                        1024,
                        2474240,
                        2474440,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 227
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12109824,
                        94208,
                        2474444,
                        2474480,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 228
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.1.conv_normal.net.0",
                    "params": [
                        56,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2474484,
                        2474932,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 229
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12116992,
                        94208,
                        2474940,
                        2475300,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 230
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.1.conv_up.net.0",
                    "params": [
                        56,
                        0,
                        69632,
                        5963776,
                        1024,
                        2475308,
                        2475532,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 231
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12115968,
                        94208,
                        2475536,
                        2475572,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 232
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.2.conv_normal.net.0",
                    "params": [
                        62,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2475576,
                        2476072,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 233
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12123136,
                        94208,
                        2476080,
                        2476440,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 234
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.2.conv_up.net.0",
                    "params": [
                        62,
                        0,
                        69632,
                        5963776,
                        1024,
                        2476448,
                        2476696,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 235
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12122112,
                        94208,
                        2476700,
                        2476736,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 236
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.3.conv_normal.net.0",
                    "params": [
                        68,
                        12058624,
                        94208,
                        5963776,
                        5120,
                        2476740,
                        2477284,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 237
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        5963776,
                        5120,
                        12129280,
                        94208,
                        2477292,
                        2477652,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 238
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.3.conv_up.net.0",
                    "params": [
                        68,
                        0,
                        69632,
                        5963776,
                        1024,
                        2477660,
                        2477932,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 239
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.1.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        5963776,
                        1024,
                        12128256,
                        94208,
                        2477936,
                        2477972,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 240
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.3.1.conv_last.net.0",
                    "params": [
                        74,
                        4456448,
                        23552,
                        12134400,
                        94208,
                        2477976,
                        2479456,
                        18
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 241
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.trans.net.0",
                    "params": [
                        92,
                        12058624,
                        94208,
                        0,
                        107520,
                        2479476,
                        2483892,
                        46
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 48,
                        "argsSlot": 242
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.2.layers.0.conv_normal.net.0",
                    "params": [
                        46,
                        0,
                        107520,
                        6881280,
                        5120,
                        2483940,
                        2484308,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 243
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.2.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        48128,
                        107520,
                        2484316,
                        2484676,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 244
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.2.layers.0.conv_up.net.0",
                    "params": [
                        46,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2484684,
                        2484868,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 245
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.2.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        47104,
                        107520,
                        2484872,
                        2484908,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 246
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.2.layers.1.conv_normal.net.0",
                    "params": [
                        52,
                        0,
                        107520,
                        6881280,
                        5120,
                        2484912,
                        2485328,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 247
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.2.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        54272,
                        107520,
                        2485336,
                        2485696,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 248
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.2.layers.1.conv_up.net.0",
                    "params": [
                        52,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2485704,
                        2485912,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 249
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.2.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        53248,
                        107520,
                        2485916,
                        2485952,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 250
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.2.layers.2.conv_normal.net.0",
                    "params": [
                        58,
                        0,
                        107520,
                        6881280,
                        5120,
                        2485956,
                        2486420,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 251
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.2.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        60416,
                        107520,
                        2486428,
                        2486788,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 252
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.2.layers.2.conv_up.net.0",
                    "params": [
                        58,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2486796,
                        2487028,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 253
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.2.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        59392,
                        107520,
                        2487032,
                        2487068,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 254
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.2.layers.3.conv_normal.net.0",
                    "params": [
                        64,
                        0,
                        107520,
                        6881280,
                        5120,
                        2487072,
                        2487584,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 255
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.2.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        66560,
                        107520,
                        2487592,
                        2487952,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 256
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.2.layers.3.conv_up.net.0",
                    "params": [
                        64,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2487960,
                        2488216,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 257
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.2.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        65536,
                        107520,
                        2488220,
                        2488256,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 258
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.3.2.conv_last.net.0",
                    "params": [
                        70,
                        18235392,
                        26880,
                        71680,
                        107520,
                        2488260,
                        2489660,
                        17
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 259
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.3.layers.0.conv_normal.net.0",
                    "params": [
                        87,
                        0,
                        107520,
                        6881280,
                        5120,
                        2489680,
                        2490376,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 260
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.3.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        90112,
                        107520,
                        2490384,
                        2490744,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 261
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.3.layers.0.conv_up.net.0",
                    "params": [
                        87,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2490752,
                        2491100,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 262
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.3.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        89088,
                        107520,
                        2491104,
                        2491140,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 263
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.3.layers.1.conv_normal.net.0",
                    "params": [
                        93,
                        0,
                        107520,
                        6881280,
                        5120,
                        2491144,
                        2491888,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 264
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.3.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        96256,
                        107520,
                        2491896,
                        2492256,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 265
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.3.layers.1.conv_up.net.0",
                    "params": [
                        93,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2492264,
                        2492636,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 266
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.3.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        95232,
                        107520,
                        2492640,
                        2492676,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 267
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.3.layers.2.conv_normal.net.0",
                    "params": [
                        99,
                        0,
                        107520,
                        6881280,
                        5120,
                        2492680,
                        2493472,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 268
                    }
                },
                {
                    "pipeline": 0,
                    "label": "scale_flows.3.3.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        6881280,
                        5120,
                        102400,
                        107520,
                        2493480,
                        2493840,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 269
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.3.layers.2.conv_up.net.0",
                    "params": [
                        99,
                        18235392,
                        26880,
                        6881280,
                        256,
                        2493848,
                        2494244,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 270
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.3.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        6881280,
                        256,
                        101376,
                        107520,
                        2494248,
                        2494284,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 271
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.3.layers.3.conv_normal.net.0",
                    "params": [
                        105,
                        0,
                        107520,
                        10190848,
                        5120,
                        2494288,
                        2495128,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 272
                    }
                },
                {
                    "pipeline": 1,
                    "label": "scale_flows.3.3.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        10190848,
                        5120,
                        6908416,
                        51712,
                        2495136,
                        2495496,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 273
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.3.layers.3.conv_up.net.0",
                    "params": [
                        105,
                        18235392,
                        26880,
                        10190848,
                        256,
                        2495504,
                        2495924,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 274
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.3.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        10190848,
                        256,
                        6908160,
                        51712,
                        2495928,
                        2495964,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 275
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.3.3.layers.3.x.resize",
                    "params": [
                        105,
                        0,
                        107520,
                        6881280,
                        51712
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 105,
                        "argsSlot": 276
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.3.conv_last.net.0",
                    "params": [
                        111,
                        20520960,
                        8832,
                        6909696,
                        51712,
                        2495968,
                        2499076,
                        27
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7,
                        "argsSlot": 277
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.4.layers.0.conv_normal.net.0",
                    "params": [
                        138,
                        6881280,
                        51712,
                        0,
                        1280,
                        2499104,
                        2500208,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 278
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.4.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        0,
                        1280,
                        6916864,
                        51712,
                        2500216,
                        2500576,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 279
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.4.layers.0.conv_up.net.0",
                    "params": [
                        69,
                        19955712,
                        7488,
                        0,
                        64,
                        2500584,
                        2500860,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 280
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.4.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        0,
                        64,
                        6916608,
                        51712,
                        2500864,
                        2500900,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 281
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.4.layers.1.conv_normal.net.0",
                    "params": [
                        144,
                        6881280,
                        51712,
                        0,
                        1280,
                        2500904,
                        2502056,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 282
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.4.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        0,
                        1280,
                        6918400,
                        51712,
                        2502064,
                        2502424,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 283
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.4.layers.1.conv_up.net.0",
                    "params": [
                        75,
                        19955712,
                        7488,
                        0,
                        64,
                        2502432,
                        2502732,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 284
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.4.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        0,
                        64,
                        6918144,
                        51712,
                        2502736,
                        2502772,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 285
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.4.layers.2.conv_normal.net.0",
                    "params": [
                        150,
                        6881280,
                        51712,
                        0,
                        1280,
                        2502776,
                        2503976,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 286
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.4.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        0,
                        1280,
                        6919936,
                        51712,
                        2503984,
                        2504344,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 287
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.4.layers.2.conv_up.net.0",
                    "params": [
                        81,
                        19955712,
                        7488,
                        0,
                        64,
                        2504352,
                        2504676,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 288
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.4.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        0,
                        64,
                        6919680,
                        51712,
                        2504680,
                        2504716,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 289
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.4.layers.3.conv_normal.net.0",
                    "params": [
                        156,
                        6881280,
                        51712,
                        0,
                        1280,
                        2504720,
                        2505968,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 290
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.4.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        0,
                        1280,
                        6921472,
                        51712,
                        2505976,
                        2506336,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 291
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.4.layers.3.conv_up.net.0",
                    "params": [
                        87,
                        19955712,
                        7488,
                        0,
                        64,
                        2506344,
                        2506692,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 292
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.4.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        0,
                        64,
                        6921216,
                        51712,
                        2506696,
                        2506732,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 293
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.4.conv_last.net.0",
                    "params": [
                        93,
                        19955712,
                        7488,
                        6922752,
                        51712,
                        2506736,
                        2510456,
                        40
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 294
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.4.trans.net.0",
                    "params": [
                        202,
                        6881280,
                        51712,
                        0,
                        30464,
                        2510496,
                        2531504,
                        101
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 26,
                        "argsSlot": 295
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.5.layers.0.conv_normal.net.0",
                    "params": [
                        101,
                        0,
                        30464,
                        1949696,
                        1280,
                        2531608,
                        2532416,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 296
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.5.layers.0.conv_normal.net.3",
                    "params": [
                        5,
                        1949696,
                        1280,
                        26112,
                        30464,
                        2532424,
                        2532784,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 297
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.5.layers.0.conv_up.net.0",
                    "params": [
                        93,
                        19955712,
                        7488,
                        1949696,
                        64,
                        2532792,
                        2533164,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 298
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.5.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        1949696,
                        64,
                        25856,
                        30464,
                        2533168,
                        2533204,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 299
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.5.layers.1.conv_normal.net.0",
                    "params": [
                        107,
                        0,
                        30464,
                        1949696,
                        1280,
                        2533208,
                        2534064,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 300
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.5.layers.1.conv_normal.net.3",
                    "params": [
                        5,
                        1949696,
                        1280,
                        27648,
                        30464,
                        2534072,
                        2534432,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 301
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.5.layers.1.conv_up.net.0",
                    "params": [
                        99,
                        19955712,
                        7488,
                        1949696,
                        64,
                        2534440,
                        2534836,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 302
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.5.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        1949696,
                        64,
                        27392,
                        30464,
                        2534840,
                        2534876,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 303
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.5.layers.2.conv_normal.net.0",
                    "params": [
                        113,
                        0,
                        30464,
                        1949696,
                        1280,
                        2534880,
                        2535784,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 304
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.5.layers.2.conv_normal.net.3",
                    "params": [
                        5,
                        1949696,
                        1280,
                        29184,
                        30464,
                        2535792,
                        2536152,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 305
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.5.layers.2.conv_up.net.0",
                    "params": [
                        105,
                        19955712,
                        7488,
                        1949696,
                        64,
                        2536160,
                        2536580,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 306
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.5.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        1949696,
                        64,
                        28928,
                        30464,
                        2536584,
                        2536620,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 307
                    }
                },
                {
                    "pipeline": 13,
                    "label": "scale_flows.3.5.layers.3.conv_normal.net.0",
                    "params": [
                        119,
                        0,
                        30464,
                        2785280,
                        1280,
                        2536624,
                        2537576,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 308
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.3.5.layers.3.conv_normal.net.3",
                    "params": [
                        5,
                        2785280,
                        1280,
                        1957376,
                        13056,
                        2537584,
                        2537944,
                        5
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 309
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.5.layers.3.conv_up.net.0",
                    "params": [
                        111,
                        19955712,
                        7488,
                        2785280,
                        64,
                        2537952,
                        2538396,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 310
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.5.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        2785280,
                        64,
                        1957312,
                        13056,
                        2538400,
                        2538436,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 311
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.3.5.layers.3.x.resize",
                    "params": [
                        119,
                        0,
                        30464,
                        1949696,
                        13056
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 30,
                        "argsSlot": 312
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.5.conv_last.net.0",
                    "params": [
                        117,
                        19955712,
                        7488,
                        1957696,
                        13056,
                        2538440,
                        2542184,
                        31
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 313
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.6.layers.0.conv_normal.net.0",
                    "params": [
                        156,
                        1949696,
                        13056,
                        0,
                        384,
                        2542216,
                        2543464,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 314
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.6.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        1959680,
                        13056,
                        2543472,
                        2543904,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 315
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.6.layers.1.conv_normal.net.0",
                    "params": [
                        162,
                        1949696,
                        13056,
                        0,
                        384,
                        2543912,
                        2545208,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 316
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.6.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        1960064,
                        13056,
                        2545216,
                        2545648,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 317
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.6.layers.2.conv_normal.net.0",
                    "params": [
                        168,
                        1949696,
                        13056,
                        0,
                        384,
                        2545656,
                        2547000,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 318
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.6.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        1960448,
                        13056,
                        2547008,
                        2547440,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 319
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.6.layers.3.conv_normal.net.0",
                    "params": [
                        174,
                        1949696,
                        13056,
                        0,
                        384,
                        2547448,
                        2548840,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 320
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.6.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        0,
                        384,
                        1960832,
                        13056,
                        2548848,
                        2549280,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 321
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.6.m.0.net.0",
                    "params": [
                        180,
                        1949696,
                        13056,
                        0,
                        2048,
                        2549288,
                        2756648,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 322
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.6.m.1.net.0",
                    "params": [
                        128,
                        0,
                        2048,
                        131072,
                        512,
                        2756776,
                        2904232,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 323
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.6.linear",
                    "params": [
                        131072,
                        512,
                        0,
                        10,
                        2904360,
                        2905640
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 324
                    }
                },
                {
                    "pipeline": 36,
                    "label": "exit6",
                    "params": [
                        0,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 37,
                    "label": "gather181",
                    "params": [
                        1949696,
                        13056,
                        0,
                        13056
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 45,
                        "argsSlot": 325
                    }
                }
            ],
            "argsX": [
                272,
                92,
                105,
                35,
                30,
                64,
                8,
                8,
                4,
                4,
                8,
                8,
                4,
                4,
                8,
                8,
                4,
                4,
                8,
                8,
                4,
                4,
                12,
                8,
                8,
                4,
                4,
                8,
                8,
                4,
                4,
                8,
                8,
                4,
                4,
                8,
                8,
                4,
                4,
                5,
                48,
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
                8,
                1,
                1,
                5,
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
                105,
                7,
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
                10,
                26,
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
                30,
                8,
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
            "argsBase": 202
        },
        {
            "exit": 7,
            "dispatches": [
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.7.layers.0.conv_normal.net.0",
                    "params": [
                        180,
                        0,
                        13056,
                        835584,
                        384,
                        2905652,
                        2907092,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 326
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.7.layers.0.conv_normal.net.3",
                    "params": [
                        6,
                        835584,
                        384,
                        11520,
                        13056,
                        2907100,
                        2907532,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 327
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.7.layers.1.conv_normal.net.0",
                    "params": [
                        186,
                        0,
                        13056,
                        835584,
                        384,
                        2907540,
                        2909028,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 328
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.7.layers.1.conv_normal.net.3",
                    "params": [
                        6,
                        835584,
                        384,
                        11904,
                        13056,
                        2909036,
                        2909468,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 329
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.7.layers.2.conv_normal.net.0",
                    "params": [
                        192,
                        0,
                        13056,
                        835584,
                        384,
                        2909476,
                        2911012,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 330
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.7.layers.2.conv_normal.net.3",
                    "params": [
                        6,
                        835584,
                        384,
                        12288,
                        13056,
                        2911020,
                        2911452,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 331
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.7.layers.3.conv_normal.net.0",
                    "params": [
                        198,
                        0,
                        13056,
                        835584,
                        384,
                        2911460,
                        2913044,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 332
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.7.layers.3.conv_normal.net.3",
                    "params": [
                        6,
                        835584,
                        384,
                        12672,
                        13056,
                        2913052,
                        2913484,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 333
                    }
                },
                {
                    "pipeline": 5,
                    "label": "classifier.7.m.0.net.0",
                    "params": [
                        204,
                        0,
                        13056,
                        835584,
                        2048,
                        2913492,
                        3148500,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 334
                    }
                },
                {
                    "pipeline": 6,
                    "label": "classifier.7.m.1.net.0",
                    "params": [
                        128,
                        835584,
                        2048,
                        0,
                        512,
                        3148628,
                        3296084,
                        128
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 32,
                        "argsSlot": 335
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.7.linear",
                    "params": [
                        0,
                        512,
                        32768,
                        10,
                        3296212,
                        3297492
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 336
                    }
                },
                {
                    "pipeline": 38,
                    "label": "exit7",
                    "params": [
                        32768,
                        10
                    ],
                    "grid": {
                        "kind": "single"
                    }
                }
            ],
            "argsX": [
                45,
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
            "argsBase": 325
        }
    ],
    "paramsStride": 256
};
//# sourceMappingURL=plan.js.map