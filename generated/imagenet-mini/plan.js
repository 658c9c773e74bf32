export const plan = {
    "format": "ranetc-plan/1",
    "target": "wgsl",
    "precision": "f32",
    "name": "imagenet-mini",
    "classes": 1000,
    "exits": 4,
    "maxBatch": 8,
    "input": {
        "channels": 3,
        "height": 224,
        "width": 224,
        "base": 0,
        "sampleStride": 150528
    },
    "exitFlops": [
        17528888,
        18771830,
        19534264,
        21828037
    ],
    "arenaElements": 2007040,
    "weights": {
        "elements": 478652,
        "tensors": [
            {
                "name": "FirstLayer.layers.0.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "FirstLayer.layers.0.0.weight",
                        "bias": "FirstLayer.layers.0.0.bias"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.1.weight",
                        "bias": "FirstLayer.layers.0.1.bias",
                        "mean": "FirstLayer.layers.0.1.running_mean",
                        "variance": "FirstLayer.layers.0.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 0,
                "length": 1176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 3,
                    "taps": 49
                }
            },
            {
                "name": "FirstLayer.layers.0.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "FirstLayer.layers.0.0.weight",
                        "bias": "FirstLayer.layers.0.0.bias"
                    },
                    "bn": {
                        "weight": "FirstLayer.layers.0.1.weight",
                        "bias": "FirstLayer.layers.0.1.bias",
                        "mean": "FirstLayer.layers.0.1.running_mean",
                        "variance": "FirstLayer.layers.0.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 1176,
                "length": 8,
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
                "offset": 1184,
                "length": 576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 8,
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
                "offset": 1760,
                "length": 8,
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
                "offset": 1768,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 8,
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
                "offset": 2920,
                "length": 16,
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
                "offset": 2936,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 16,
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
                "offset": 7544,
                "length": 32,
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
                "offset": 7576,
                "length": 1024,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 32,
                    "inChannels": 32,
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
                "offset": 8600,
                "length": 32,
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
                "offset": 8632,
                "length": 4608,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 32,
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
                "offset": 13240,
                "length": 16,
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
                "offset": 13256,
                "length": 2304,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 48,
                    "inChannels": 48,
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
                "offset": 15560,
                "length": 48,
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
                "offset": 15608,
                "length": 6912,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 48,
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
                "offset": 22520,
                "length": 16,
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
                "offset": 22536,
                "length": 36864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 64,
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
                "offset": 59400,
                "length": 64,
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
                "offset": 59464,
                "length": 36864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 64,
                    "inChannels": 64,
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
                "offset": 96328,
                "length": 64,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.weight",
                "source": {
                    "key": "classifier.0.linear.weight"
                },
                "offset": 96392,
                "length": 64000,
                "layout": "plain"
            },
            {
                "name": "classifier.0.linear.bias",
                "source": {
                    "key": "classifier.0.linear.bias"
                },
                "offset": 160392,
                "length": 1000,
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
                "offset": 161392,
                "length": 192,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 16,
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
                "offset": 161584,
                "length": 12,
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
                "offset": 161596,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
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
                "offset": 162460,
                "length": 6,
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
                "offset": 162468,
                "length": 256,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 32,
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
                "offset": 162724,
                "length": 8,
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
                "offset": 162732,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
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
                "offset": 163020,
                "length": 2,
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
                "offset": 163024,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 12,
                    "inChannels": 24,
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
                "offset": 163312,
                "length": 12,
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
                "offset": 163324,
                "length": 864,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 12,
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
                "offset": 164188,
                "length": 6,
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
                "offset": 164196,
                "length": 384,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 48,
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
                "offset": 164580,
                "length": 8,
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
                "offset": 164588,
                "length": 288,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 8,
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
                "offset": 164876,
                "length": 2,
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
                "offset": 164880,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 64,
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
                "offset": 165392,
                "length": 8,
                "layout": "plain"
            },
            {
                "name": "scale_flows.1.0.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.1.0.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.trans.net.1.weight",
                        "bias": "scale_flows.1.0.trans.net.1.bias",
                        "mean": "scale_flows.1.0.trans.net.1.running_mean",
                        "variance": "scale_flows.1.0.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 165400,
                "length": 800,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 20,
                    "inChannels": 40,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.1.0.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.1.0.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.1.0.trans.net.1.weight",
                        "bias": "scale_flows.1.0.trans.net.1.bias",
                        "mean": "scale_flows.1.0.trans.net.1.running_mean",
                        "variance": "scale_flows.1.0.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 166200,
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
                "offset": 166220,
                "length": 320,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 20,
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
                "offset": 166540,
                "length": 16,
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
                "offset": 166556,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
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
                "offset": 167708,
                "length": 8,
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
                "offset": 167716,
                "length": 448,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 28,
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
                "offset": 168164,
                "length": 16,
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
                "offset": 168180,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
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
                "offset": 169332,
                "length": 8,
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
                "offset": 169340,
                "length": 576,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 36,
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
                "offset": 169916,
                "length": 16,
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
                "offset": 169932,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
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
                "offset": 171084,
                "length": 8,
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
                "offset": 171092,
                "length": 704,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 44,
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
                "offset": 171796,
                "length": 16,
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
                "offset": 171812,
                "length": 1152,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 8,
                    "inChannels": 16,
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
                "offset": 172964,
                "length": 8,
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
                "offset": 172972,
                "length": 24336,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 52,
                    "inChannels": 52,
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
                "offset": 197308,
                "length": 52,
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
                "offset": 197360,
                "length": 24336,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 52,
                    "inChannels": 52,
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
                "offset": 221696,
                "length": 52,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.weight",
                "source": {
                    "key": "classifier.1.linear.weight"
                },
                "offset": 221748,
                "length": 52000,
                "layout": "plain"
            },
            {
                "name": "classifier.1.linear.bias",
                "source": {
                    "key": "classifier.1.linear.bias"
                },
                "offset": 273748,
                "length": 1000,
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
                "offset": 274748,
                "length": 32,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 8,
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
                "offset": 274780,
                "length": 3,
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
                "offset": 274784,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 274892,
                "length": 3,
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
                "offset": 274896,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 16,
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
                "offset": 274960,
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
                "offset": 274964,
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
                "offset": 275036,
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
                "offset": 275040,
                "length": 48,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
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
                "offset": 275088,
                "length": 3,
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
                "offset": 275092,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 275200,
                "length": 3,
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
                "offset": 275204,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 24,
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
                "offset": 275300,
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
                "offset": 275304,
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
                "offset": 275376,
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
                "offset": 275380,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 32,
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
                "offset": 275508,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.2.0.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.2.0.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.trans.net.1.weight",
                        "bias": "scale_flows.2.0.trans.net.1.bias",
                        "mean": "scale_flows.2.0.trans.net.1.running_mean",
                        "variance": "scale_flows.2.0.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 275512,
                "length": 240,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 20,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.2.0.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.2.0.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.2.0.trans.net.1.weight",
                        "bias": "scale_flows.2.0.trans.net.1.bias",
                        "mean": "scale_flows.2.0.trans.net.1.running_mean",
                        "variance": "scale_flows.2.0.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 275752,
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
                "offset": 275764,
                "length": 40,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 10,
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
                "offset": 275804,
                "length": 3,
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
                "offset": 275808,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 275916,
                "length": 3,
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
                "offset": 275920,
                "length": 80,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 20,
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
                "offset": 276000,
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
                "offset": 276004,
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
                "offset": 276076,
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
                "offset": 276080,
                "length": 56,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 14,
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
                "offset": 276136,
                "length": 3,
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
                "offset": 276140,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 276248,
                "length": 3,
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
                "offset": 276252,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 28,
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
                "offset": 276364,
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
                "offset": 276368,
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
                "offset": 276440,
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
                "offset": 276444,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 18,
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
                "offset": 276516,
                "length": 3,
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
                "offset": 276520,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 276628,
                "length": 3,
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
                "offset": 276632,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 36,
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
                "offset": 276776,
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
                "offset": 276780,
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
                "offset": 276852,
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
                "offset": 276856,
                "length": 88,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 22,
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
                "offset": 276944,
                "length": 3,
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
                "offset": 276948,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 277056,
                "length": 3,
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
                "offset": 277060,
                "length": 176,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 2,
                    "inChannels": 44,
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
                "offset": 277236,
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
                "offset": 277240,
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
                "offset": 277312,
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
                "offset": 277316,
                "length": 416,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 52,
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
                "offset": 277732,
                "length": 6,
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
                "offset": 277740,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 32,
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
                "offset": 278252,
                "length": 16,
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
                "offset": 278268,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 16,
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
                "offset": 278332,
                "length": 4,
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
                "offset": 278336,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 278480,
                "length": 4,
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
                "offset": 278484,
                "length": 80,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 20,
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
                "offset": 278564,
                "length": 4,
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
                "offset": 278568,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 278712,
                "length": 4,
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
                "offset": 278716,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 24,
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
                "offset": 278812,
                "length": 4,
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
                "offset": 278816,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 278960,
                "length": 4,
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
                "offset": 278964,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 28,
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
                "offset": 279076,
                "length": 4,
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
                "offset": 279080,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 279224,
                "length": 4,
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
                "offset": 279228,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 32,
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
                "offset": 279356,
                "length": 4,
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
                "offset": 279360,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 279504,
                "length": 4,
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
                "offset": 279508,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 36,
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
                "offset": 279652,
                "length": 4,
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
                "offset": 279656,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 279800,
                "length": 4,
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
                "offset": 279804,
                "length": 14400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 40,
                    "inChannels": 40,
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
                "offset": 294204,
                "length": 40,
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
                "offset": 294244,
                "length": 14400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 40,
                    "inChannels": 40,
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
                "offset": 308644,
                "length": 40,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.weight",
                "source": {
                    "key": "classifier.2.linear.weight"
                },
                "offset": 308684,
                "length": 40000,
                "layout": "plain"
            },
            {
                "name": "classifier.2.linear.bias",
                "source": {
                    "key": "classifier.2.linear.bias"
                },
                "offset": 348684,
                "length": 1000,
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
                "offset": 349684,
                "length": 32,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 8,
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
                "offset": 349716,
                "length": 3,
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
                "offset": 349720,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 349828,
                "length": 3,
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
                "offset": 349832,
                "length": 32,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 8,
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
                "offset": 349864,
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
                "offset": 349868,
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
                "offset": 349904,
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
                "offset": 349908,
                "length": 48,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 12,
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
                "offset": 349956,
                "length": 3,
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
                "offset": 349960,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 350068,
                "length": 3,
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
                "offset": 350072,
                "length": 48,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 12,
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
                "offset": 350120,
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
                "offset": 350124,
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
                "offset": 350160,
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
                "offset": 350164,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 16,
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
                "offset": 350228,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.0.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.0.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.trans.net.1.weight",
                        "bias": "scale_flows.3.0.trans.net.1.bias",
                        "mean": "scale_flows.3.0.trans.net.1.running_mean",
                        "variance": "scale_flows.3.0.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 350232,
                "length": 240,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 20,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.0.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.0.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.0.trans.net.1.weight",
                        "bias": "scale_flows.3.0.trans.net.1.bias",
                        "mean": "scale_flows.3.0.trans.net.1.running_mean",
                        "variance": "scale_flows.3.0.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 350472,
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
                "offset": 350484,
                "length": 40,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 10,
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
                "offset": 350524,
                "length": 3,
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
                "offset": 350528,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 350636,
                "length": 3,
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
                "offset": 350640,
                "length": 40,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 10,
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
                "offset": 350680,
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
                "offset": 350684,
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
                "offset": 350720,
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
                "offset": 350724,
                "length": 56,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 14,
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
                "offset": 350780,
                "length": 3,
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
                "offset": 350784,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 350892,
                "length": 3,
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
                "offset": 350896,
                "length": 56,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 14,
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
                "offset": 350952,
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
                "offset": 350956,
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
                "offset": 350992,
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
                "offset": 350996,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 18,
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
                "offset": 351068,
                "length": 3,
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
                "offset": 351072,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 351180,
                "length": 3,
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
                "offset": 351184,
                "length": 72,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 18,
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
                "offset": 351256,
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
                "offset": 351260,
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
                "offset": 351296,
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
                "offset": 351300,
                "length": 88,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 22,
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
                "offset": 351388,
                "length": 3,
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
                "offset": 351392,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 351500,
                "length": 3,
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
                "offset": 351504,
                "length": 88,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 22,
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
                "offset": 351592,
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
                "offset": 351596,
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
                "offset": 351632,
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
                "offset": 351636,
                "length": 208,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 6,
                    "inChannels": 26,
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
                "offset": 351844,
                "length": 6,
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
                "offset": 351852,
                "length": 512,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 16,
                    "inChannels": 32,
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
                "offset": 352364,
                "length": 16,
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
                "offset": 352380,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 16,
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
                "offset": 352444,
                "length": 3,
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
                "offset": 352448,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 352556,
                "length": 3,
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
                "offset": 352560,
                "length": 64,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 16,
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
                "offset": 352624,
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
                "offset": 352628,
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
                "offset": 352664,
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
                "offset": 352668,
                "length": 80,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 20,
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
                "offset": 352748,
                "length": 3,
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
                "offset": 352752,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 352860,
                "length": 3,
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
                "offset": 352864,
                "length": 80,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 20,
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
                "offset": 352944,
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
                "offset": 352948,
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
                "offset": 352984,
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
                "offset": 352988,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 24,
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
                "offset": 353084,
                "length": 3,
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
                "offset": 353088,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 353196,
                "length": 3,
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
                "offset": 353200,
                "length": 96,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 24,
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
                "offset": 353296,
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
                "offset": 353300,
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
                "offset": 353336,
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
                "offset": 353340,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 28,
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
                "offset": 353452,
                "length": 3,
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
                "offset": 353456,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
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
                "offset": 353564,
                "length": 3,
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
                "offset": 353568,
                "length": 112,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 28,
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
                "offset": 353680,
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
                "offset": 353684,
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
                "offset": 353720,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 353724,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 353852,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 353856,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 353964,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 353968,
                "length": 128,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 32,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354096,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354100,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.4.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.4.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.4.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.4.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.4.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354136,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354140,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 36,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354284,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354288,
                "length": 108,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 3,
                    "inChannels": 3,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354396,
                "length": 3,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_up.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354400,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 36,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_up.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.1.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_up.net.1.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_up.net.1.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_up.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354544,
                "length": 1,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_up.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354548,
                "length": 36,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 1,
                    "inChannels": 1,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.2.layers.5.conv_up.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.layers.5.conv_up.net.4.weight",
                        "bias": "scale_flows.3.2.layers.5.conv_up.net.4.bias",
                        "mean": "scale_flows.3.2.layers.5.conv_up.net.4.running_mean",
                        "variance": "scale_flows.3.2.layers.5.conv_up.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 354584,
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
                "offset": 354588,
                "length": 480,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 10,
                    "inChannels": 40,
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
                "offset": 355068,
                "length": 10,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.2.trans.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.2.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.trans.net.1.weight",
                        "bias": "scale_flows.3.2.trans.net.1.bias",
                        "mean": "scale_flows.3.2.trans.net.1.running_mean",
                        "variance": "scale_flows.3.2.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 355080,
                "length": 1400,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 25,
                    "inChannels": 50,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.2.trans.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.2.trans.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.2.trans.net.1.weight",
                        "bias": "scale_flows.3.2.trans.net.1.bias",
                        "mean": "scale_flows.3.2.trans.net.1.running_mean",
                        "variance": "scale_flows.3.2.trans.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 356480,
                "length": 25,
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
                "offset": 356508,
                "length": 100,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 25,
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
                "offset": 356608,
                "length": 4,
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
                "offset": 356612,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 356756,
                "length": 4,
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
                "offset": 356760,
                "length": 116,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 29,
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
                "offset": 356876,
                "length": 4,
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
                "offset": 356880,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 357024,
                "length": 4,
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
                "offset": 357028,
                "length": 132,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 33,
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
                "offset": 357160,
                "length": 4,
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
                "offset": 357164,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 357308,
                "length": 4,
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
                "offset": 357312,
                "length": 148,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 37,
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
                "offset": 357460,
                "length": 4,
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
                "offset": 357464,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
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
                "offset": 357608,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.4.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 357612,
                "length": 164,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 41,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.4.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.4.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.4.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.4.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 357776,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.4.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 357780,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.4.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.4.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.4.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.4.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.4.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 357924,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.5.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 357928,
                "length": 180,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 45,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.5.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.5.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.5.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.5.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358108,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.5.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358112,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.5.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.5.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.5.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.5.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.5.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358256,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.6.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358260,
                "length": 196,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 49,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.6.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.6.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.6.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.6.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358456,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.6.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358460,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.6.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.6.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.6.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.6.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.6.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358604,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.7.conv_normal.net.0.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358608,
                "length": 212,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 53,
                    "taps": 1
                }
            },
            {
                "name": "scale_flows.3.3.layers.7.conv_normal.net.0.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.0.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.1.weight",
                        "bias": "scale_flows.3.3.layers.7.conv_normal.net.1.bias",
                        "mean": "scale_flows.3.3.layers.7.conv_normal.net.1.running_mean",
                        "variance": "scale_flows.3.3.layers.7.conv_normal.net.1.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358820,
                "length": 4,
                "layout": "plain"
            },
            {
                "name": "scale_flows.3.3.layers.7.conv_normal.net.3.folded_weight",
                "source": {
                    "fold": "weight",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358824,
                "length": 144,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 4,
                    "inChannels": 4,
                    "taps": 9
                }
            },
            {
                "name": "scale_flows.3.3.layers.7.conv_normal.net.3.folded_bias",
                "source": {
                    "fold": "bias",
                    "conv": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.3.weight"
                    },
                    "bn": {
                        "weight": "scale_flows.3.3.layers.7.conv_normal.net.4.weight",
                        "bias": "scale_flows.3.3.layers.7.conv_normal.net.4.bias",
                        "mean": "scale_flows.3.3.layers.7.conv_normal.net.4.running_mean",
                        "variance": "scale_flows.3.3.layers.7.conv_normal.net.4.running_var",
                        "eps": 0.00001
                    }
                },
                "offset": 358968,
                "length": 4,
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
                "offset": 358972,
                "length": 30780,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 57,
                    "inChannels": 57,
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
                "offset": 389752,
                "length": 57,
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
                "offset": 389812,
                "length": 30780,
                "layout": {
                    "groupOut": 4,
                    "outChannels": 57,
                    "inChannels": 57,
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
                "offset": 420592,
                "length": 57,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.weight",
                "source": {
                    "key": "classifier.3.linear.weight"
                },
                "offset": 420652,
                "length": 57000,
                "layout": "plain"
            },
            {
                "name": "classifier.3.linear.bias",
                "source": {
                    "key": "classifier.3.linear.bias"
                },
                "offset": 477652,
                "length": 1000,
                "layout": "plain"
            }
        ]
    },
    "control": {
        "words": 33,
        "counts": 0,
        "ids": [
            5,
            13
        ],
        "source": 21,
        "thresholds": 29
    },
    "output": {
        "words": 32088,
        "final": 0,
        "perExit": 24,
        "logits": 88
    },
    "pipelines": [
        {
            "label": "conv",
            "code": "// conv {\"h\":224,\"w\":224,\"oh\":112,\"ow\":112,\"k\":7,\"stride\":2,\"pad\":3,\"rp\":4,\"rc\":4,\"groupsX\":28,\"pixelBlocks\":49,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 224u;\nconst W = 224u;\nconst OH = 112u;\nconst OW = 112u;\nconst K = 7u;\nconst STRIDE = 2u;\nconst PAD = 3;\nconst RP = 4u;\nconst GROUPS_X = 28u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 49u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "pool",
            "code": "// pool {\"op\":\"maxpool\",\"h\":112,\"w\":112,\"oh\":56,\"ow\":56,\"window\":3,\"stride\":2,\"pad\":1,\"windowArea\":9}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// maxpool 3x3, stride 2, pad 1: one thread per output element.\nconst H = 112u;\nconst W = 112u;\nconst OH = 56u;\nconst OW = 56u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  // The most negative finite f32 (PyTorch pads max pooling with -inf; every window holds a real pixel).\n  var acc = -0x1.fffffep+127f;\n  for (var ky = 0u; ky < 3u; ky++) {\n    let iy = i32(oy * 2u + ky) - 1;\n    if (iy < 0 || iy >= i32(H)) { continue; }\n    for (var kx = 0u; kx < 3u; kx++) {\n      let ix = i32(ox * 2u + kx) - 1;\n      if (ix < 0 || ix >= i32(W)) { continue; }\n      let v = f32(arena[plane + u32(iy) * W + u32(ix)]);\n      acc = max(acc, v);\n    }\n  }\n  arena[p.out_base + n * p.out_stride + i] = act(acc);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":56,\"w\":56,\"oh\":28,\"ow\":28,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":7,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 56u;\nconst W = 56u;\nconst OH = 28u;\nconst OW = 28u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 7u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":28,\"w\":28,\"oh\":14,\"ow\":14,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 28u;\nconst W = 28u;\nconst OH = 14u;\nconst OW = 14u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":14,\"w\":14,\"oh\":7,\"ow\":7,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 14u;\nconst W = 14u;\nconst OH = 7u;\nconst OW = 7u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":7,\"w\":7,\"oh\":7,\"ow\":7,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 7u;\nconst W = 7u;\nconst OH = 7u;\nconst OW = 7u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":7,\"w\":7,\"oh\":7,\"ow\":7,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":2,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 7u;\nconst W = 7u;\nconst OH = 7u;\nconst OW = 7u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 2u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":7,\"w\":7,\"oh\":4,\"ow\":4,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 7u;\nconst W = 7u;\nconst OH = 4u;\nconst OW = 4u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":4,\"w\":4,\"oh\":2,\"ow\":2,\"k\":3,\"stride\":2,\"pad\":1,\"rp\":2,\"rc\":4,\"groupsX\":1,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 2\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 2 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 4u;\nconst W = 4u;\nconst OH = 2u;\nconst OW = 2u;\nconst K = 3u;\nconst STRIDE = 2u;\nconst PAD = 1;\nconst RP = 2u;\nconst GROUPS_X = 1u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 2>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":64,\"classes\":1000,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 64u;\nconst CLASSES = 1000u;\nvar<workgroup> feature: array<f32, 64>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit0",
            "code": "// exit 0\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 0: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 1000u;\nconst MAX_BATCH = 8u;\nconst NEXT_ARGS = array<u32, 26>(13u, 13u, 25u, 98u, 3u, 2u, 2u, 1u, 3u, 2u, 2u, 1u, 5u, 2u, 5u, 4u, 2u, 4u, 2u, 4u, 2u, 4u, 2u, 13u, 13u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[0u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[29u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[5u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[88u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[24u + original * 2u] = cls;\n      results[24u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 0u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[13u + to] = original;\n      ctl[21u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[1u] = kept;\n    for (var i = 0u; i < 26u; i++) {\n      args[(12u + i) * 3u] = NEXT_ARGS[i];\n      args[(12u + i) * 3u + 1u] = 1u;\n      args[(12u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":3136,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 3136 elements per sample written so far move.\nconst PER_SAMPLE = 3136u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":6272,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 6272 elements per sample written so far move.\nconst PER_SAMPLE = 6272u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":25088,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 25088 elements per sample written so far move.\nconst PER_SAMPLE = 25088u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":14,\"w\":14,\"oh\":14,\"ow\":14,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 14u;\nconst W = 14u;\nconst OH = 14u;\nconst OW = 14u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":14,\"w\":14,\"oh\":14,\"ow\":14,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":4,\"pixelBlocks\":1,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 14u;\nconst W = 14u;\nconst OH = 14u;\nconst OW = 14u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 4u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 1u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":7,\"w\":7,\"oh\":14,\"ow\":14,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":7,\"iw\":7,\"ch\":7,\"cw\":7,\"scaleY\":\"0.4615384638309479\",\"scaleX\":\"0.4615384638309479\",\"coarsePixels\":49,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 7x7 convolution output into workgroup\n// memory, then writes its 14x14 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 7u;\nconst IW = 7u;\nconst H = 7u;\nconst W = 7u;\nconst OH = 14u;\nconst OW = 14u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.4615384638309479;\nconst SCALE_X = 0.4615384638309479;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 49>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":14,\"w\":14,\"oh\":7,\"ow\":7,\"scaleY\":\"2.1666667461395264\",\"scaleX\":\"2.1666667461395264\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 14u;\nconst W = 14u;\nconst OH = 7u;\nconst OW = 7u;\nconst SCALE_Y = 2.1666667461395264;\nconst SCALE_X = 2.1666667461395264;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":52,\"classes\":1000,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 52u;\nconst CLASSES = 1000u;\nvar<workgroup> feature: array<f32, 52>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit1",
            "code": "// exit 1\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 1: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 1000u;\nconst MAX_BATCH = 8u;\nconst NEXT_ARGS = array<u32, 50>(19u, 8u, 10u, 25u, 98u, 4u, 4u, 1u, 1u, 4u, 1u, 1u, 1u, 10u, 1u, 3u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 5u, 2u, 4u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 10u, 10u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[1u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[30u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[13u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[8088u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[40u + original * 2u] = cls;\n      results[40u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 1u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[5u + to] = original;\n      ctl[21u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[2u] = kept;\n    for (var i = 0u; i < 50u; i++) {\n      args[(38u + i) * 3u] = NEXT_ARGS[i];\n      args[(38u + i) * 3u + 1u] = 1u;\n      args[(38u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":4704,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 4704 elements per sample written so far move.\nconst PER_SAMPLE = 4704u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":1960,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 1960 elements per sample written so far move.\nconst PER_SAMPLE = 1960u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":2548,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 2548 elements per sample written so far move.\nconst PER_SAMPLE = 2548u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":28,\"w\":28,\"oh\":28,\"ow\":28,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":7,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 28u;\nconst W = 28u;\nconst OH = 28u;\nconst OW = 28u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 7u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":28,\"w\":28,\"oh\":28,\"ow\":28,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":7,\"pixelBlocks\":4,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 28u;\nconst W = 28u;\nconst OH = 28u;\nconst OW = 28u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 7u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 4u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":14,\"w\":14,\"oh\":28,\"ow\":28,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":14,\"iw\":14,\"ch\":14,\"cw\":14,\"scaleY\":\"0.48148149251937866\",\"scaleX\":\"0.48148149251937866\",\"coarsePixels\":196,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 14x14 convolution output into workgroup\n// memory, then writes its 28x28 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 14u;\nconst IW = 14u;\nconst H = 14u;\nconst W = 14u;\nconst OH = 28u;\nconst OW = 28u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.48148149251937866;\nconst SCALE_X = 0.48148149251937866;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 196>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":28,\"w\":28,\"oh\":14,\"ow\":14,\"scaleY\":\"2.076923131942749\",\"scaleX\":\"2.076923131942749\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 28u;\nconst W = 28u;\nconst OH = 14u;\nconst OW = 14u;\nconst SCALE_Y = 2.076923131942749;\nconst SCALE_X = 2.076923131942749;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":7,\"w\":7,\"oh\":14,\"ow\":14,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":7,\"iw\":7,\"ch\":7,\"cw\":7,\"scaleY\":\"0.4615384638309479\",\"scaleX\":\"0.4615384638309479\",\"coarsePixels\":49,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 7x7 convolution output into workgroup\n// memory, then writes its 14x14 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 7u;\nconst IW = 7u;\nconst H = 7u;\nconst W = 7u;\nconst OH = 14u;\nconst OW = 14u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.4615384638309479;\nconst SCALE_X = 0.4615384638309479;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 49>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":40,\"classes\":1000,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 40u;\nconst CLASSES = 1000u;\nvar<workgroup> feature: array<f32, 40>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit2",
            "code": "// exit 2\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 2: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. Samples below the threshold continue: a workgroup prefix\n// sum gives each its compacted slot, and the next stage's count and indirect dispatch\n// arguments are written here, so the CPU never reads anything back between stages.\nconst CLASSES = 1000u;\nconst MAX_BATCH = 8u;\nconst NEXT_ARGS = array<u32, 82>(37u, 16u, 17u, 7u, 8u, 98u, 13u, 13u, 4u, 1u, 13u, 4u, 4u, 4u, 37u, 1u, 12u, 4u, 4u, 1u, 1u, 4u, 4u, 1u, 1u, 4u, 4u, 1u, 1u, 4u, 1u, 1u, 1u, 17u, 2u, 4u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 7u, 3u, 7u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 1u, 15u, 15u, 1u);\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[2u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[31u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[5u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[16088u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[56u + original * 2u] = cls;\n      results[56u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (confidence >= threshold) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 2u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n    // Inclusive Hillis-Steele scan of the keep flags over the workgroup.\n    scan[lid] = keep;\n    workgroupBarrier();\n    for (var d = 1u; d < 256u; d = d * 2u) {\n      var v = 0u;\n      if (lid >= d) { v = scan[lid - d]; }\n      workgroupBarrier();\n      scan[lid] = scan[lid] + v;\n      workgroupBarrier();\n    }\n    if (keep == 1u) {\n      let to = kept + scan[lid] - 1u;\n      ctl[13u + to] = original;\n      ctl[21u + to] = slot;\n    }\n    kept = kept + workgroupUniformLoad(&scan[255]);\n  }\n  if (lid == 0u) {\n    ctl[3u] = kept;\n    for (var i = 0u; i < 82u; i++) {\n      args[(88u + i) * 3u] = NEXT_ARGS[i];\n      args[(88u + i) * 3u + 1u] = 1u;\n      args[(88u + i) * 3u + 2u] = kept;\n    }\n  }\n}\n",
            "bindings": "exit"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":9408,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 9408 elements per sample written so far move.\nconst PER_SAMPLE = 9408u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":3920,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 3920 elements per sample written so far move.\nconst PER_SAMPLE = 3920u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":4312,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 4312 elements per sample written so far move.\nconst PER_SAMPLE = 4312u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "gather",
            "code": "// gather {\"perSample\":1568,\"source\":21}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n// Compaction after an exit: continuing sample j (new slot) takes the data of its old slot\n// ctl[source + j]. Only the 1568 elements per sample written so far move.\nconst PER_SAMPLE = 1568u;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let j = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= PER_SAMPLE) { return; }\n  let old_slot = ctl[21u + j];\n  arena[p.out_base + j * p.out_stride + i] = arena[p.in_base + old_slot * p.in_stride + i];\n}\n",
            "bindings": "control"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":56,\"w\":56,\"oh\":56,\"ow\":56,\"k\":1,\"stride\":1,\"pad\":0,\"rp\":4,\"rc\":4,\"groupsX\":14,\"pixelBlocks\":13,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 56u;\nconst W = 56u;\nconst OH = 56u;\nconst OW = 56u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst RP = 4u;\nconst GROUPS_X = 14u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 13u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv",
            "code": "// conv {\"h\":56,\"w\":56,\"oh\":56,\"ow\":56,\"k\":3,\"stride\":1,\"pad\":1,\"rp\":4,\"rc\":4,\"groupsX\":14,\"pixelBlocks\":13,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Direct convolution, register tiled: each thread computes 4 output channels x 4\n// consecutive pixels of one row, so each input value feeds 4 FMAs and each weight\n// vector (the 4 channels of one tap, packed contiguously) feeds 4 pixels.\n// Input: a channel prefix of a dense buffer; output: a channel slice (zero-copy concat).\nconst H = 56u;\nconst W = 56u;\nconst OH = 56u;\nconst OW = 56u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst RP = 4u;\nconst GROUPS_X = 14u;\n// A workgroup covers one channel group. Packing several groups of a small image into one\n// workgroup leaves fewer workgroups to spread over cores: measured 30% slower at batch 1.\nconst PIXEL_BLOCKS = 13u;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x / PIXEL_BLOCKS;\n  let pg = (wg.x % PIXEL_BLOCKS) * 64u + lid;\n  if (pg >= OH * GROUPS_X) { return; }\n  let oy = pg / GROUPS_X;\n  let ox = (pg % GROUPS_X) * RP;\n  var acc: array<vec4<f32>, 4>;\n  for (var ci = 0u; ci < p.cin; ci++) {\n    let plane = p.in_base + n * p.in_stride + ci * H * W;\n    let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n    for (var ky = 0u; ky < K; ky++) {\n      let iy = i32(oy * STRIDE + ky) - PAD;\n      if (iy < 0 || iy >= i32(H)) { continue; }\n      let row = plane + u32(iy) * W;\n      for (var kx = 0u; kx < K; kx++) {\n        let wv = vec4<f32>(weights[wrow + ky * K + kx]);\n        for (var j = 0u; j < RP; j++) {\n          let ix = i32((ox + j) * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(W)) {\n            acc[j] = fma(wv, vec4<f32>(f32(arena[row + u32(ix)])), acc[j]);\n          }\n        }\n      }\n    }\n  }\n  let out = p.out_base + n * p.out_stride + oy * OW;\n  for (var r = 0u; r < 4u; r++) {\n    let co = cg * 4u + r;\n    if (co >= p.cout) { break; }\n    let b = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n    for (var j = 0u; j < RP; j++) {\n      if (ox + j < OW) {\n        let v = acc[j][r] + b;\n        arena[out + co * OH * OW + ox + j] = act(max(v, 0.0));\n      }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":28,\"w\":28,\"oh\":56,\"ow\":56,\"k\":3,\"stride\":1,\"pad\":1,\"ih\":28,\"iw\":28,\"ch\":28,\"cw\":28,\"scaleY\":\"0.4909090995788574\",\"scaleX\":\"0.4909090995788574\",\"coarsePixels\":784,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 28x28 convolution output into workgroup\n// memory, then writes its 56x56 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 28u;\nconst IW = 28u;\nconst H = 28u;\nconst W = 28u;\nconst OH = 56u;\nconst OW = 56u;\nconst K = 3u;\nconst STRIDE = 1u;\nconst PAD = 1;\nconst SCALE_Y = 0.4909090995788574;\nconst SCALE_X = 0.4909090995788574;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 784>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "resize",
            "code": "// resize {\"h\":56,\"w\":56,\"oh\":28,\"ow\":28,\"scaleY\":\"2.0370371341705322\",\"scaleX\":\"2.0370371341705322\"}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  channels: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Bilinear resize with align_corners = true, one thread per output element, written\n// straight into its channel slice of the destination buffer.\nconst H = 56u;\nconst W = 56u;\nconst OH = 28u;\nconst OW = 28u;\nconst SCALE_Y = 2.0370371341705322;\nconst SCALE_X = 2.0370371341705322;\n\n@compute @workgroup_size(256)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let i = wg.x * 256u + lid;\n  if (i >= p.channels * OH * OW) { return; }\n  let c = i / (OH * OW);\n  let oy = (i / OW) % OH;\n  let ox = i % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n  let plane = p.in_base + n * p.in_stride + c * H * W;\n  let top = (1.0 - tx) * f32(arena[plane + y0 * W + x0]) + tx * f32(arena[plane + y0 * W + x1]);\n  let bottom = (1.0 - tx) * f32(arena[plane + y1 * W + x0]) + tx * f32(arena[plane + y1 * W + x1]);\n  arena[p.out_base + n * p.out_stride + i] = act((1.0 - ty) * top + ty * bottom);\n}\n",
            "bindings": "basic"
        },
        {
            "label": "conv-resize",
            "code": "// conv-resize {\"h\":14,\"w\":14,\"oh\":28,\"ow\":28,\"k\":1,\"stride\":1,\"pad\":0,\"ih\":14,\"iw\":14,\"ch\":14,\"cw\":14,\"scaleY\":\"0.48148149251937866\",\"scaleX\":\"0.48148149251937866\",\"coarsePixels\":196,\"threads\":64,\"relu\":true,\"bias\":true}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  cin: u32,\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n  cout: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Convolution with a bilinear resize (align_corners = true) in its epilogue: a workgroup\n// computes 4 output channels of the whole 14x14 convolution output into workgroup\n// memory, then writes its 28x28 interpolation into the output channel slice. The\n// coarse map is never stored.\nconst IH = 14u;\nconst IW = 14u;\nconst H = 14u;\nconst W = 14u;\nconst OH = 28u;\nconst OW = 28u;\nconst K = 1u;\nconst STRIDE = 1u;\nconst PAD = 0;\nconst SCALE_Y = 0.48148149251937866;\nconst SCALE_X = 0.48148149251937866;\nconst THREADS = 64u;\n\nvar<workgroup> coarse: array<vec4<f32>, 196>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let cg = wg.x;\n  var bias = vec4<f32>(0.0);\n  for (var r = 0u; r < 4u; r++) {\n    let co = min(cg * 4u + r, p.cout - 1u);\n    bias[r] = f32(weights[(p.b_off + co) / 4u][(p.b_off + co) % 4u]);\n  }\n  for (var px = lid; px < H * W; px += THREADS) {\n    let cy = px / W;\n    let cx = px % W;\n    var acc = vec4<f32>(0.0);\n    for (var ci = 0u; ci < p.cin; ci++) {\n      let plane = p.in_base + n * p.in_stride + ci * IH * IW;\n      let wrow = p.w_off / 4u + (cg * p.cin + ci) * K * K;\n      for (var ky = 0u; ky < K; ky++) {\n        let iy = i32(cy * STRIDE + ky) - PAD;\n        if (iy < 0 || iy >= i32(IH)) { continue; }\n        for (var kx = 0u; kx < K; kx++) {\n          let ix = i32(cx * STRIDE + kx) - PAD;\n          if (ix >= 0 && ix < i32(IW)) {\n            acc = fma(vec4<f32>(weights[wrow + ky * K + kx]), vec4<f32>(f32(arena[plane + u32(iy) * IW + u32(ix)])), acc);\n          }\n        }\n      }\n    }\n    coarse[px] = max(acc + bias, vec4<f32>(0.0));\n  }\n  workgroupBarrier();\n  let out = p.out_base + n * p.out_stride;\n  for (var o = lid; o < OH * OW; o += THREADS) {\n    let oy = o / OW;\n    let ox = o % OW;\n  // Bilinear taps with align_corners = true, as PyTorch computes them: src = dst * scale in f32,\n  // neighbours floor(src) and the next one clamped to the edge, weight src - floor(src).\n  let sy = SCALE_Y * f32(oy);\n  let sx = SCALE_X * f32(ox);\n  let y0 = min(u32(sy), H - 1u);\n  let x0 = min(u32(sx), W - 1u);\n  let y1 = min(y0 + 1u, H - 1u);\n  let x1 = min(x0 + 1u, W - 1u);\n  let ty = sy - f32(y0);\n  let tx = sx - f32(x0);\n    let top = (1.0 - tx) * coarse[y0 * W + x0] + tx * coarse[y0 * W + x1];\n    let bottom = (1.0 - tx) * coarse[y1 * W + x0] + tx * coarse[y1 * W + x1];\n    let v = (1.0 - ty) * top + ty * bottom;\n    for (var r = 0u; r < 4u; r++) {\n      let co = cg * 4u + r;\n      if (co < p.cout) { arena[out + co * OH * OW + o] = act(v[r]); }\n    }\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "linear",
            "code": "// linear {\"features\":57,\"classes\":1000,\"pool\":2,\"poolStride\":2,\"poolArea\":4,\"poh\":1,\"pow\":1,\"pooledHW\":1,\"h\":2,\"w\":2}\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  in_base: u32,\n  in_stride: u32,\n  out_base: u32,\n  out_stride: u32,\n  w_off: u32,\n  b_off: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n// Exit head tail: average pool 2x2 + flatten + linear, one sample\n// per workgroup. The pooled features are computed once into workgroup memory, then each\n// thread produces logits.\nconst FEATURES = 57u;\nconst CLASSES = 1000u;\nvar<workgroup> feature: array<f32, 57>;\n\n@compute @workgroup_size(64)\nfn main(@builtin(workgroup_id) wg: vec3u, @builtin(local_invocation_index) lid: u32) {\n  let n = wg.z;\n  let src = p.in_base + n * p.in_stride;\n  for (var f = lid; f < FEATURES; f += 64u) {\n    // Feature f = (c, py, px) of the pooled [C, 1, 1] map.\n    let c = f / 1u;\n    let py = (f / 1u) % 1u;\n    let px = f % 1u;\n    var s = 0.0;\n    for (var ky = 0u; ky < 2u; ky++) {\n      for (var kx = 0u; kx < 2u; kx++) {\n        s += f32(arena[src + (c * 2u + py * 2u + ky) * 2u + px * 2u + kx]);\n      }\n    }\n    feature[f] = s / 4.0;\n  }\n  workgroupBarrier();\n  for (var o = lid; o < CLASSES; o += 64u) {\n    var acc = f32(weights[(p.b_off + o) / 4u][(p.b_off + o) % 4u]);\n    let row = p.w_off + o * FEATURES;\n    for (var f = 0u; f < FEATURES; f++) {\n      acc = fma(f32(weights[(row + f) / 4u][(row + f) % 4u]), feature[f], acc);\n    }\n    arena[p.out_base + n * p.out_stride + o] = act(acc);\n  }\n}\n",
            "bindings": "basic"
        },
        {
            "label": "exit3",
            "code": "// exit 3\n// Activations and weights are stored as `act` (f32); every kernel computes in f32.\nalias act = f32;\nstruct Params {\n  out_base: u32,\n  out_stride: u32,\n}\n@group(0) @binding(0) var<storage, read_write> arena: array<act>;\n@group(0) @binding(1) var<storage, read> weights: array<vec4<act>>;\n@group(0) @binding(2) var<uniform> p: Params;\n@group(0) @binding(3) var<storage, read_write> ctl: array<u32>;\n@group(0) @binding(4) var<storage, read_write> results: array<u32>;\n@group(0) @binding(5) var<storage, read_write> args: array<u32>;\n// Exit 3: for each active sample, confidence = max softmax probability and class =\n// first argmax of its logits; results go to the sample's original index. The last\n// exit takes every sample.\nconst CLASSES = 1000u;\nconst MAX_BATCH = 8u;\nvar<workgroup> scan: array<u32, 256>;\nvar<workgroup> active_count: u32;\n\n@compute @workgroup_size(256)\nfn main(@builtin(local_invocation_index) lid: u32) {\n  if (lid == 0u) { active_count = ctl[3u]; }\n  let count = workgroupUniformLoad(&active_count);\n  let threshold = bitcast<f32>(ctl[32u]);\n  var kept = 0u;\n  for (var base = 0u; base < count; base += 256u) {\n    let slot = base + lid;\n    var keep = 0u;\n    var original = 0u;\n    if (slot < count) {\n      original = ctl[13u + slot];\n      let logits = p.out_base + slot * p.out_stride;\n      var best = f32(arena[logits]);\n      var cls = 0u;\n      for (var c = 1u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        if (v > best) { best = v; cls = c; }\n      }\n      var sum = 0.0;\n      for (var c = 0u; c < CLASSES; c++) {\n        let v = f32(arena[logits + c]);\n        sum += exp(v - best);\n        results[24088u + original * CLASSES + c] = bitcast<u32>(v);\n      }\n      let confidence = 1.0 / sum;\n      results[72u + original * 2u] = cls;\n      results[72u + original * 2u + 1u] = bitcast<u32>(confidence);\n      if (true) {\n        results[0u + original * 3u] = cls;\n        results[0u + original * 3u + 1u] = 3u;\n        results[0u + original * 3u + 2u] = bitcast<u32>(confidence);\n      } else {\n        keep = 1u;\n      }\n    }\n  }\n}\n",
            "bindings": "exit"
        }
    ],
    "stages": [
        {
            "exit": 0,
            "dispatches": [
                {
                    "pipeline": 0,
                    "label": "FirstLayer.layers.0.0",
                    "params": [
                        3,
                        0,
                        150528,
                        1204224,
                        100352,
                        0,
                        1176,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 98,
                        "argsSlot": 0
                    }
                },
                {
                    "pipeline": 1,
                    "label": "FirstLayer.layers.0.3",
                    "params": [
                        8,
                        1204224,
                        100352,
                        0,
                        37632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 98,
                        "argsSlot": 1
                    }
                },
                {
                    "pipeline": 2,
                    "label": "FirstLayer.layers.1.net.0",
                    "params": [
                        8,
                        0,
                        37632,
                        301056,
                        9408,
                        1184,
                        1760,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 2
                    }
                },
                {
                    "pipeline": 3,
                    "label": "FirstLayer.layers.2.net.0",
                    "params": [
                        8,
                        301056,
                        9408,
                        376320,
                        4704,
                        1768,
                        2920,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 3
                    }
                },
                {
                    "pipeline": 4,
                    "label": "FirstLayer.layers.3.net.0",
                    "params": [
                        16,
                        376320,
                        4704,
                        414208,
                        3136,
                        2936,
                        7544,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 4
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.0",
                    "params": [
                        32,
                        414208,
                        3136,
                        439296,
                        1568,
                        7576,
                        8600,
                        32
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 5
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.0.0.layers.0.conv_normal.net.3",
                    "params": [
                        32,
                        439296,
                        1568,
                        415776,
                        3136,
                        8632,
                        13240,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 6
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.0",
                    "params": [
                        48,
                        414208,
                        3136,
                        439296,
                        2352,
                        13256,
                        15560,
                        48
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 7
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.0.0.layers.1.conv_normal.net.3",
                    "params": [
                        48,
                        439296,
                        2352,
                        416560,
                        3136,
                        15608,
                        22520,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 8
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.0.m.0.net.0",
                    "params": [
                        64,
                        414208,
                        3136,
                        439296,
                        1024,
                        22536,
                        59400,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 9
                    }
                },
                {
                    "pipeline": 8,
                    "label": "classifier.0.m.1.net.0",
                    "params": [
                        64,
                        439296,
                        1024,
                        447488,
                        256,
                        59464,
                        96328,
                        64
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 10
                    }
                },
                {
                    "pipeline": 9,
                    "label": "classifier.0.linear",
                    "params": [
                        447488,
                        256,
                        439296,
                        1000,
                        96392,
                        160392
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 11
                    }
                },
                {
                    "pipeline": 10,
                    "label": "exit0",
                    "params": [
                        439296,
                        1000
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather5",
                    "params": [
                        414208,
                        3136,
                        715264,
                        3136
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 12
                    }
                },
                {
                    "pipeline": 11,
                    "label": "gather4",
                    "params": [
                        376320,
                        4704,
                        677376,
                        4704
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 13
                    }
                },
                {
                    "pipeline": 12,
                    "label": "gather3",
                    "params": [
                        301056,
                        9408,
                        602112,
                        9408
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 25,
                        "argsSlot": 14
                    }
                },
                {
                    "pipeline": 13,
                    "label": "gather2",
                    "params": [
                        0,
                        37632,
                        301056,
                        37632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 98,
                        "argsSlot": 15
                    }
                }
            ],
            "argsX": [
                98,
                98,
                8,
                4,
                8,
                8,
                4,
                12,
                4,
                16,
                16,
                1
            ],
            "argsBase": 0
        },
        {
            "exit": 1,
            "dispatches": [
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        677376,
                        4704,
                        0,
                        2352,
                        161392,
                        161584,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 16
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.1.0.layers.0.conv_normal.net.3",
                    "params": [
                        12,
                        0,
                        2352,
                        680904,
                        4704,
                        161596,
                        162460,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 17
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.0",
                    "params": [
                        32,
                        715264,
                        3136,
                        0,
                        392,
                        162468,
                        162724,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 18
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.1.0.layers.0.conv_up.net.3",
                    "params": [
                        8,
                        0,
                        392,
                        680512,
                        4704,
                        162732,
                        163020,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 19
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.0",
                    "params": [
                        24,
                        677376,
                        4704,
                        0,
                        2352,
                        163024,
                        163312,
                        12
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 20
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.1.0.layers.1.conv_normal.net.3",
                    "params": [
                        12,
                        0,
                        2352,
                        21754,
                        1960,
                        163324,
                        164188,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 21
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.0",
                    "params": [
                        48,
                        715264,
                        3136,
                        0,
                        392,
                        164196,
                        164580,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 22
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.1.0.layers.1.conv_up.net.3",
                    "params": [
                        8,
                        0,
                        392,
                        21656,
                        1960,
                        164588,
                        164876,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 23
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.1.0.layers.1.x.resize",
                    "params": [
                        24,
                        677376,
                        4704,
                        20480,
                        1960
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 24
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.0.conv_last.net.0",
                    "params": [
                        64,
                        715264,
                        3136,
                        22048,
                        1960,
                        164880,
                        165392,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 25
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.0.trans.net.0",
                    "params": [
                        40,
                        20480,
                        1960,
                        0,
                        2548,
                        165400,
                        166200,
                        20
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 26
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.0",
                    "params": [
                        20,
                        0,
                        2548,
                        36352,
                        784,
                        166220,
                        166540,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 27
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.1.1.layers.0.conv_normal.net.3",
                    "params": [
                        16,
                        36352,
                        784,
                        980,
                        2548,
                        166556,
                        167708,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 28
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.0",
                    "params": [
                        28,
                        0,
                        2548,
                        36352,
                        784,
                        167716,
                        168164,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 29
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.1.1.layers.1.conv_normal.net.3",
                    "params": [
                        16,
                        36352,
                        784,
                        1372,
                        2548,
                        168180,
                        169332,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 30
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.0",
                    "params": [
                        36,
                        0,
                        2548,
                        36352,
                        784,
                        169340,
                        169916,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 31
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.1.1.layers.2.conv_normal.net.3",
                    "params": [
                        16,
                        36352,
                        784,
                        1764,
                        2548,
                        169932,
                        171084,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 32
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.0",
                    "params": [
                        44,
                        0,
                        2548,
                        36352,
                        784,
                        171092,
                        171796,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 33
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.1.1.layers.3.conv_normal.net.3",
                    "params": [
                        16,
                        36352,
                        784,
                        2156,
                        2548,
                        171812,
                        172964,
                        8
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 34
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.1.m.0.net.0",
                    "params": [
                        52,
                        0,
                        2548,
                        36352,
                        832,
                        172972,
                        197308,
                        52
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 35
                    }
                },
                {
                    "pipeline": 8,
                    "label": "classifier.1.m.1.net.0",
                    "params": [
                        52,
                        36352,
                        832,
                        44544,
                        208,
                        197360,
                        221696,
                        52
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 36
                    }
                },
                {
                    "pipeline": 18,
                    "label": "classifier.1.linear",
                    "params": [
                        44544,
                        208,
                        36352,
                        1000,
                        221748,
                        273748
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 37
                    }
                },
                {
                    "pipeline": 19,
                    "label": "exit1",
                    "params": [
                        36352,
                        1000
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 20,
                    "label": "gather12",
                    "params": [
                        677376,
                        4704,
                        752640,
                        4704
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 19,
                        "argsSlot": 38
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather18",
                    "params": [
                        20480,
                        1960,
                        811008,
                        1960
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 39
                    }
                },
                {
                    "pipeline": 22,
                    "label": "gather20",
                    "params": [
                        0,
                        2548,
                        790528,
                        2548
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 40
                    }
                },
                {
                    "pipeline": 12,
                    "label": "gather13",
                    "params": [
                        602112,
                        9408,
                        677376,
                        9408
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 25,
                        "argsSlot": 41
                    }
                },
                {
                    "pipeline": 13,
                    "label": "gather14",
                    "params": [
                        301056,
                        37632,
                        0,
                        37632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 98,
                        "argsSlot": 42
                    }
                }
            ],
            "argsX": [
                13,
                13,
                25,
                98,
                3,
                2,
                2,
                1,
                3,
                2,
                2,
                1,
                5,
                2,
                5,
                4,
                2,
                4,
                2,
                4,
                2,
                4,
                2,
                13,
                13,
                1
            ],
            "argsBase": 12
        },
        {
            "exit": 2,
            "dispatches": [
                {
                    "pipeline": 23,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.0",
                    "params": [
                        8,
                        677376,
                        9408,
                        301056,
                        2352,
                        274748,
                        274780,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 43
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.2.0.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        301056,
                        2352,
                        684432,
                        9408,
                        274784,
                        274892,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 44
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.0",
                    "params": [
                        16,
                        752640,
                        4704,
                        301056,
                        392,
                        274896,
                        274960,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 45
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.2.0.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        301056,
                        392,
                        683648,
                        9408,
                        274964,
                        275036,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 46
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.0",
                    "params": [
                        12,
                        677376,
                        9408,
                        301056,
                        2352,
                        275040,
                        275088,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 47
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.2.0.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        301056,
                        2352,
                        338420,
                        3920,
                        275092,
                        275200,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 48
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.0",
                    "params": [
                        24,
                        752640,
                        4704,
                        301056,
                        392,
                        275204,
                        275300,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 49
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.0.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        301056,
                        392,
                        338224,
                        3920,
                        275304,
                        275376,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 50
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.2.0.layers.1.x.resize",
                    "params": [
                        12,
                        677376,
                        9408,
                        335872,
                        3920
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 51
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.2.0.conv_last.net.0",
                    "params": [
                        32,
                        811008,
                        1960,
                        339008,
                        3920,
                        275380,
                        275508,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 52
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.0.trans.net.0",
                    "params": [
                        20,
                        335872,
                        3920,
                        301056,
                        4312,
                        275512,
                        275752,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 53
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.0",
                    "params": [
                        10,
                        301056,
                        4312,
                        367616,
                        588,
                        275764,
                        275804,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 54
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.1.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        367616,
                        588,
                        303212,
                        4312,
                        275808,
                        275916,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 55
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.0",
                    "params": [
                        20,
                        790528,
                        2548,
                        367616,
                        98,
                        275920,
                        276000,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 56
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.1.layers.0.conv_up.net.3",
                    "params": [
                        2,
                        367616,
                        98,
                        303016,
                        4312,
                        276004,
                        276076,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 57
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.0",
                    "params": [
                        14,
                        301056,
                        4312,
                        367616,
                        588,
                        276080,
                        276136,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 58
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.1.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        367616,
                        588,
                        303996,
                        4312,
                        276140,
                        276248,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 59
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.0",
                    "params": [
                        28,
                        790528,
                        2548,
                        367616,
                        98,
                        276252,
                        276364,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 60
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.1.layers.1.conv_up.net.3",
                    "params": [
                        2,
                        367616,
                        98,
                        303800,
                        4312,
                        276368,
                        276440,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 61
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.0",
                    "params": [
                        18,
                        301056,
                        4312,
                        367616,
                        588,
                        276444,
                        276516,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 62
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.2.1.layers.2.conv_normal.net.3",
                    "params": [
                        3,
                        367616,
                        588,
                        304780,
                        4312,
                        276520,
                        276628,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 63
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.0",
                    "params": [
                        36,
                        790528,
                        2548,
                        367616,
                        98,
                        276632,
                        276776,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 64
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.2.1.layers.2.conv_up.net.3",
                    "params": [
                        2,
                        367616,
                        98,
                        304584,
                        4312,
                        276780,
                        276852,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 65
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.0",
                    "params": [
                        22,
                        301056,
                        4312,
                        367616,
                        588,
                        276856,
                        276944,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 66
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.2.1.layers.3.conv_normal.net.3",
                    "params": [
                        3,
                        367616,
                        588,
                        384615,
                        1568,
                        276948,
                        277056,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 67
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.0",
                    "params": [
                        44,
                        790528,
                        2548,
                        367616,
                        98,
                        277060,
                        277236,
                        2
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 68
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.1.layers.3.conv_up.net.3",
                    "params": [
                        2,
                        367616,
                        98,
                        384566,
                        1568,
                        277240,
                        277312,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 69
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.2.1.layers.3.x.resize",
                    "params": [
                        22,
                        301056,
                        4312,
                        383488,
                        1568
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 5,
                        "argsSlot": 70
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.1.conv_last.net.0",
                    "params": [
                        52,
                        790528,
                        2548,
                        384762,
                        1568,
                        277316,
                        277732,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 71
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.1.trans.net.0",
                    "params": [
                        32,
                        383488,
                        1568,
                        367616,
                        1960,
                        277740,
                        278252,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 72
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        367616,
                        1960,
                        396288,
                        196,
                        278268,
                        278332,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 73
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.2.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        396288,
                        196,
                        368400,
                        1960,
                        278336,
                        278480,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 74
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.0",
                    "params": [
                        20,
                        367616,
                        1960,
                        396288,
                        196,
                        278484,
                        278564,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 75
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.2.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        396288,
                        196,
                        368596,
                        1960,
                        278568,
                        278712,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 76
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.0",
                    "params": [
                        24,
                        367616,
                        1960,
                        396288,
                        196,
                        278716,
                        278812,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 77
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.2.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        396288,
                        196,
                        368792,
                        1960,
                        278816,
                        278960,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 78
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.0",
                    "params": [
                        28,
                        367616,
                        1960,
                        396288,
                        196,
                        278964,
                        279076,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 79
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.2.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        396288,
                        196,
                        368988,
                        1960,
                        279080,
                        279224,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 80
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.2.layers.4.conv_normal.net.0",
                    "params": [
                        32,
                        367616,
                        1960,
                        396288,
                        196,
                        279228,
                        279356,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 81
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.2.layers.4.conv_normal.net.3",
                    "params": [
                        4,
                        396288,
                        196,
                        369184,
                        1960,
                        279360,
                        279504,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 82
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.2.2.layers.5.conv_normal.net.0",
                    "params": [
                        36,
                        367616,
                        1960,
                        396288,
                        196,
                        279508,
                        279652,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 83
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.2.2.layers.5.conv_normal.net.3",
                    "params": [
                        4,
                        396288,
                        196,
                        369380,
                        1960,
                        279656,
                        279800,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 84
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.2.m.0.net.0",
                    "params": [
                        40,
                        367616,
                        1960,
                        396288,
                        640,
                        279804,
                        294204,
                        40
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 85
                    }
                },
                {
                    "pipeline": 8,
                    "label": "classifier.2.m.1.net.0",
                    "params": [
                        40,
                        396288,
                        640,
                        404480,
                        160,
                        294244,
                        308644,
                        40
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 10,
                        "argsSlot": 86
                    }
                },
                {
                    "pipeline": 28,
                    "label": "classifier.2.linear",
                    "params": [
                        404480,
                        160,
                        396288,
                        1000,
                        308684,
                        348684
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 87
                    }
                },
                {
                    "pipeline": 29,
                    "label": "exit2",
                    "params": [
                        396288,
                        1000
                    ],
                    "grid": {
                        "kind": "single"
                    }
                },
                {
                    "pipeline": 30,
                    "label": "gather31",
                    "params": [
                        677376,
                        9408,
                        602112,
                        9408
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 37,
                        "argsSlot": 88
                    }
                },
                {
                    "pipeline": 31,
                    "label": "gather36",
                    "params": [
                        335872,
                        3920,
                        712192,
                        3920
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 16,
                        "argsSlot": 89
                    }
                },
                {
                    "pipeline": 32,
                    "label": "gather38",
                    "params": [
                        301056,
                        4312,
                        677376,
                        4312
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 17,
                        "argsSlot": 90
                    }
                },
                {
                    "pipeline": 33,
                    "label": "gather46",
                    "params": [
                        383488,
                        1568,
                        759808,
                        1568
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7,
                        "argsSlot": 91
                    }
                },
                {
                    "pipeline": 21,
                    "label": "gather48",
                    "params": [
                        367616,
                        1960,
                        743936,
                        1960
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 8,
                        "argsSlot": 92
                    }
                },
                {
                    "pipeline": 13,
                    "label": "gather32",
                    "params": [
                        0,
                        37632,
                        301056,
                        37632
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 98,
                        "argsSlot": 93
                    }
                }
            ],
            "argsX": [
                19,
                8,
                10,
                25,
                98,
                4,
                4,
                1,
                1,
                4,
                1,
                1,
                1,
                10,
                1,
                3,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                5,
                2,
                4,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                10,
                10,
                1
            ],
            "argsBase": 38
        },
        {
            "exit": 3,
            "dispatches": [
                {
                    "pipeline": 34,
                    "label": "scale_flows.3.0.layers.0.conv_normal.net.0",
                    "params": [
                        8,
                        301056,
                        37632,
                        0,
                        9408,
                        349684,
                        349716,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 94
                    }
                },
                {
                    "pipeline": 35,
                    "label": "scale_flows.3.0.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        0,
                        9408,
                        329280,
                        37632,
                        349720,
                        349828,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 95
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.0.layers.0.conv_up.net.0",
                    "params": [
                        8,
                        602112,
                        9408,
                        0,
                        784,
                        349832,
                        349864,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 96
                    }
                },
                {
                    "pipeline": 36,
                    "label": "scale_flows.3.0.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        0,
                        784,
                        326144,
                        37632,
                        349868,
                        349904,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 97
                    }
                },
                {
                    "pipeline": 34,
                    "label": "scale_flows.3.0.layers.1.conv_normal.net.0",
                    "params": [
                        12,
                        301056,
                        37632,
                        0,
                        9408,
                        349908,
                        349956,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 13,
                        "argsSlot": 98
                    }
                },
                {
                    "pipeline": 2,
                    "label": "scale_flows.3.0.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        0,
                        9408,
                        148432,
                        15680,
                        349960,
                        350068,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 99
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.0.layers.1.conv_up.net.0",
                    "params": [
                        12,
                        602112,
                        9408,
                        0,
                        784,
                        350072,
                        350120,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 100
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.0.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        0,
                        784,
                        147648,
                        15680,
                        350124,
                        350160,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 101
                    }
                },
                {
                    "pipeline": 37,
                    "label": "scale_flows.3.0.layers.1.x.resize",
                    "params": [
                        12,
                        301056,
                        37632,
                        138240,
                        15680
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 37,
                        "argsSlot": 102
                    }
                },
                {
                    "pipeline": 38,
                    "label": "scale_flows.3.0.conv_last.net.0",
                    "params": [
                        16,
                        712192,
                        3920,
                        150784,
                        15680,
                        350164,
                        350228,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 103
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.0.trans.net.0",
                    "params": [
                        20,
                        138240,
                        15680,
                        0,
                        17248,
                        350232,
                        350472,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 12,
                        "argsSlot": 104
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.1.layers.0.conv_normal.net.0",
                    "params": [
                        10,
                        0,
                        17248,
                        138240,
                        2352,
                        350484,
                        350524,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 105
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        138240,
                        2352,
                        8624,
                        17248,
                        350528,
                        350636,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 106
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.1.layers.0.conv_up.net.0",
                    "params": [
                        10,
                        677376,
                        4312,
                        138240,
                        196,
                        350640,
                        350680,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 107
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.1.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        138240,
                        196,
                        7840,
                        17248,
                        350684,
                        350720,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 108
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.1.layers.1.conv_normal.net.0",
                    "params": [
                        14,
                        0,
                        17248,
                        138240,
                        2352,
                        350724,
                        350780,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 109
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        138240,
                        2352,
                        11760,
                        17248,
                        350784,
                        350892,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 110
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.1.layers.1.conv_up.net.0",
                    "params": [
                        14,
                        677376,
                        4312,
                        138240,
                        196,
                        350896,
                        350952,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 111
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.1.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        138240,
                        196,
                        10976,
                        17248,
                        350956,
                        350992,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 112
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.1.layers.2.conv_normal.net.0",
                    "params": [
                        18,
                        0,
                        17248,
                        138240,
                        2352,
                        350996,
                        351068,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 113
                    }
                },
                {
                    "pipeline": 24,
                    "label": "scale_flows.3.1.layers.2.conv_normal.net.3",
                    "params": [
                        3,
                        138240,
                        2352,
                        14896,
                        17248,
                        351072,
                        351180,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 114
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.1.layers.2.conv_up.net.0",
                    "params": [
                        18,
                        677376,
                        4312,
                        138240,
                        196,
                        351184,
                        351256,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 115
                    }
                },
                {
                    "pipeline": 25,
                    "label": "scale_flows.3.1.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        138240,
                        196,
                        14112,
                        17248,
                        351260,
                        351296,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 116
                    }
                },
                {
                    "pipeline": 23,
                    "label": "scale_flows.3.1.layers.3.conv_normal.net.0",
                    "params": [
                        22,
                        0,
                        17248,
                        188416,
                        2352,
                        351300,
                        351388,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 117
                    }
                },
                {
                    "pipeline": 3,
                    "label": "scale_flows.3.1.layers.3.conv_normal.net.3",
                    "params": [
                        3,
                        188416,
                        2352,
                        142748,
                        6272,
                        351392,
                        351500,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 118
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.1.layers.3.conv_up.net.0",
                    "params": [
                        22,
                        677376,
                        4312,
                        188416,
                        196,
                        351504,
                        351592,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 119
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.1.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        188416,
                        196,
                        142552,
                        6272,
                        351596,
                        351632,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 120
                    }
                },
                {
                    "pipeline": 26,
                    "label": "scale_flows.3.1.layers.3.x.resize",
                    "params": [
                        22,
                        0,
                        17248,
                        138240,
                        6272
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 17,
                        "argsSlot": 121
                    }
                },
                {
                    "pipeline": 27,
                    "label": "scale_flows.3.1.conv_last.net.0",
                    "params": [
                        26,
                        759808,
                        1568,
                        143336,
                        6272,
                        351636,
                        351844,
                        6
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 2,
                        "argsSlot": 122
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.1.trans.net.0",
                    "params": [
                        32,
                        138240,
                        6272,
                        0,
                        7056,
                        351852,
                        352364,
                        16
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 4,
                        "argsSlot": 123
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.2.layers.0.conv_normal.net.0",
                    "params": [
                        16,
                        0,
                        7056,
                        56832,
                        588,
                        352380,
                        352444,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 124
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.2.layers.0.conv_normal.net.3",
                    "params": [
                        3,
                        56832,
                        588,
                        3332,
                        7056,
                        352448,
                        352556,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 125
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.layers.0.conv_up.net.0",
                    "params": [
                        16,
                        743936,
                        1960,
                        56832,
                        49,
                        352560,
                        352624,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 126
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.2.layers.0.conv_up.net.3",
                    "params": [
                        1,
                        56832,
                        49,
                        3136,
                        7056,
                        352628,
                        352664,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 127
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.2.layers.1.conv_normal.net.0",
                    "params": [
                        20,
                        0,
                        7056,
                        56832,
                        588,
                        352668,
                        352748,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 128
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.2.layers.1.conv_normal.net.3",
                    "params": [
                        3,
                        56832,
                        588,
                        4116,
                        7056,
                        352752,
                        352860,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 129
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.layers.1.conv_up.net.0",
                    "params": [
                        20,
                        743936,
                        1960,
                        56832,
                        49,
                        352864,
                        352944,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 130
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.2.layers.1.conv_up.net.3",
                    "params": [
                        1,
                        56832,
                        49,
                        3920,
                        7056,
                        352948,
                        352984,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 131
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.2.layers.2.conv_normal.net.0",
                    "params": [
                        24,
                        0,
                        7056,
                        56832,
                        588,
                        352988,
                        353084,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 132
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.2.layers.2.conv_normal.net.3",
                    "params": [
                        3,
                        56832,
                        588,
                        4900,
                        7056,
                        353088,
                        353196,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 133
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.layers.2.conv_up.net.0",
                    "params": [
                        24,
                        743936,
                        1960,
                        56832,
                        49,
                        353200,
                        353296,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 134
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.2.layers.2.conv_up.net.3",
                    "params": [
                        1,
                        56832,
                        49,
                        4704,
                        7056,
                        353300,
                        353336,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 135
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.2.layers.3.conv_normal.net.0",
                    "params": [
                        28,
                        0,
                        7056,
                        56832,
                        588,
                        353340,
                        353452,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 136
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.2.layers.3.conv_normal.net.3",
                    "params": [
                        3,
                        56832,
                        588,
                        5684,
                        7056,
                        353456,
                        353564,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 137
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.layers.3.conv_up.net.0",
                    "params": [
                        28,
                        743936,
                        1960,
                        56832,
                        49,
                        353568,
                        353680,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 138
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.2.layers.3.conv_up.net.3",
                    "params": [
                        1,
                        56832,
                        49,
                        5488,
                        7056,
                        353684,
                        353720,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 139
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.2.layers.4.conv_normal.net.0",
                    "params": [
                        32,
                        0,
                        7056,
                        56832,
                        588,
                        353724,
                        353852,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 140
                    }
                },
                {
                    "pipeline": 15,
                    "label": "scale_flows.3.2.layers.4.conv_normal.net.3",
                    "params": [
                        3,
                        56832,
                        588,
                        6468,
                        7056,
                        353856,
                        353964,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 141
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.layers.4.conv_up.net.0",
                    "params": [
                        32,
                        743936,
                        1960,
                        56832,
                        49,
                        353968,
                        354096,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 142
                    }
                },
                {
                    "pipeline": 16,
                    "label": "scale_flows.3.2.layers.4.conv_up.net.3",
                    "params": [
                        1,
                        56832,
                        49,
                        6272,
                        7056,
                        354100,
                        354136,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 143
                    }
                },
                {
                    "pipeline": 14,
                    "label": "scale_flows.3.2.layers.5.conv_normal.net.0",
                    "params": [
                        36,
                        0,
                        7056,
                        76800,
                        588,
                        354140,
                        354284,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 144
                    }
                },
                {
                    "pipeline": 4,
                    "label": "scale_flows.3.2.layers.5.conv_normal.net.3",
                    "params": [
                        3,
                        76800,
                        588,
                        58645,
                        2450,
                        354288,
                        354396,
                        3
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 145
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.layers.5.conv_up.net.0",
                    "params": [
                        36,
                        743936,
                        1960,
                        76800,
                        49,
                        354400,
                        354544,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 146
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.2.layers.5.conv_up.net.3",
                    "params": [
                        1,
                        76800,
                        49,
                        58596,
                        2450,
                        354548,
                        354584,
                        1
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 147
                    }
                },
                {
                    "pipeline": 17,
                    "label": "scale_flows.3.2.layers.5.x.resize",
                    "params": [
                        36,
                        0,
                        7056,
                        56832,
                        2450
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7,
                        "argsSlot": 148
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.conv_last.net.0",
                    "params": [
                        40,
                        743936,
                        1960,
                        58792,
                        2450,
                        354588,
                        355068,
                        10
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 3,
                        "argsSlot": 149
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.2.trans.net.0",
                    "params": [
                        50,
                        56832,
                        2450,
                        0,
                        2793,
                        355080,
                        356480,
                        25
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 7,
                        "argsSlot": 150
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.0.conv_normal.net.0",
                    "params": [
                        25,
                        0,
                        2793,
                        22528,
                        196,
                        356508,
                        356608,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 151
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.0.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        1225,
                        2793,
                        356612,
                        356756,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 152
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.1.conv_normal.net.0",
                    "params": [
                        29,
                        0,
                        2793,
                        22528,
                        196,
                        356760,
                        356876,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 153
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.1.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        1421,
                        2793,
                        356880,
                        357024,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 154
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.2.conv_normal.net.0",
                    "params": [
                        33,
                        0,
                        2793,
                        22528,
                        196,
                        357028,
                        357160,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 155
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.2.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        1617,
                        2793,
                        357164,
                        357308,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 156
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.3.conv_normal.net.0",
                    "params": [
                        37,
                        0,
                        2793,
                        22528,
                        196,
                        357312,
                        357460,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 157
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.3.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        1813,
                        2793,
                        357464,
                        357608,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 158
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.4.conv_normal.net.0",
                    "params": [
                        41,
                        0,
                        2793,
                        22528,
                        196,
                        357612,
                        357776,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 159
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.4.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        2009,
                        2793,
                        357780,
                        357924,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 160
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.5.conv_normal.net.0",
                    "params": [
                        45,
                        0,
                        2793,
                        22528,
                        196,
                        357928,
                        358108,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 161
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.5.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        2205,
                        2793,
                        358112,
                        358256,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 162
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.6.conv_normal.net.0",
                    "params": [
                        49,
                        0,
                        2793,
                        22528,
                        196,
                        358260,
                        358456,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 163
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.6.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        2401,
                        2793,
                        358460,
                        358604,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 164
                    }
                },
                {
                    "pipeline": 5,
                    "label": "scale_flows.3.3.layers.7.conv_normal.net.0",
                    "params": [
                        53,
                        0,
                        2793,
                        22528,
                        196,
                        358608,
                        358820,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 165
                    }
                },
                {
                    "pipeline": 6,
                    "label": "scale_flows.3.3.layers.7.conv_normal.net.3",
                    "params": [
                        4,
                        22528,
                        196,
                        2597,
                        2793,
                        358824,
                        358968,
                        4
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 166
                    }
                },
                {
                    "pipeline": 7,
                    "label": "classifier.3.m.0.net.0",
                    "params": [
                        57,
                        0,
                        2793,
                        22528,
                        912,
                        358972,
                        389752,
                        57
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 15,
                        "argsSlot": 167
                    }
                },
                {
                    "pipeline": 8,
                    "label": "classifier.3.m.1.net.0",
                    "params": [
                        57,
                        22528,
                        912,
                        8192,
                        228,
                        389812,
                        420592,
                        57
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 15,
                        "argsSlot": 168
                    }
                },
                {
                    "pipeline": 39,
                    "label": "classifier.3.linear",
                    "params": [
                        8192,
                        228,
                        0,
                        1000,
                        420652,
                        477652
                    ],
                    "grid": {
                        "kind": "perSample",
                        "x": 1,
                        "argsSlot": 169
                    }
                },
                {
                    "pipeline": 40,
                    "label": "exit3",
                    "params": [
                        0,
                        1000
                    ],
                    "grid": {
                        "kind": "single"
                    }
                }
            ],
            "argsX": [
                37,
                16,
                17,
                7,
                8,
                98,
                13,
                13,
                4,
                1,
                13,
                4,
                4,
                4,
                37,
                1,
                12,
                4,
                4,
                1,
                1,
                4,
                4,
                1,
                1,
                4,
                4,
                1,
                1,
                4,
                1,
                1,
                1,
                17,
                2,
                4,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                7,
                3,
                7,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                1,
                15,
                15,
                1
            ],
            "argsBase": 88
        }
    ],
    "paramsStride": 256
};
//# sourceMappingURL=plan.js.map